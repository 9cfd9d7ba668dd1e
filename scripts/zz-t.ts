import { findQuantities } from "../lib/extraction/quantity/parser";
for (const s of process.argv.slice(2)) console.log(s, "=>", JSON.stringify(findQuantities(s).map((m) => [m.text, m.qualifier, m.value ?? [m.low, m.high], m.unit])));
