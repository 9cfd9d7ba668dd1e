export declare const ROUTE_METHODS: Record<string, string[]>;
export declare const PAGE_METHODS: string[];
export declare function allowedMethods(pathname: string): string[] | null;
export declare function routeOf(pathname: string): string | null;
