/** Zod schemas of the desk's settings and rating labels. */
import { z } from "zod";
import { zOptionalText, zText } from "./common";

const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Badges print their name in the dark ink colour (#1b1f24), so the background must keep a 4.5:1 contrast. */
const INK_LUMINANCE = luminance("#1b1f24");
const HEX_COLOUR = /^#[0-9a-f]{6}$/;
// Not-a-colour input is reported by the regex alone.
const readableWithDarkText = (hex: string) => !HEX_COLOUR.test(hex) || (luminance(hex) + 0.05) / (INK_LUMINANCE + 0.05) >= 4.5;

const zWholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be a whole number.`) })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be between ${min} and ${max}.`)
    .max(max, `${label} must be between ${min} and ${max}.`);

const ZRatingFields = z.object({
  name: zText("Name", 60),
  order: z.preprocess((v) => (blank(v) ? undefined : Number(v)), zWholeNumber("Order", 1, 99)),
  colour: z
    .string({ error: "Colour is required." })
    .trim()
    .toLowerCase()
    .regex(HEX_COLOUR, "Colour must be a hex colour like #bfe6c9.")
    .refine(readableWithDarkText, "Choose a lighter colour: the rating's name is printed in dark text on it."),
  description: zOptionalText("Description", 500).transform((v) => v ?? ""),
  /** schema.org ClaimReview ratingValue; empty means the label is outside the scale (like Unverifiable) */
  reviewValue: z.preprocess((v) => (blank(v) ? null : Number(v)), zWholeNumber("ClaimReview value", 1, 5).nullable()),
});

const zRatingId = z.coerce.number({ error: "That rating was not found." }).int().positive("That rating was not found.");

export const ZRatingCreate = ZRatingFields;
export type TRatingCreate = z.infer<typeof ZRatingCreate>;

export const ZRatingUpdate = ZRatingFields.extend({ ratingId: zRatingId });
export type TRatingUpdate = z.infer<typeof ZRatingUpdate>;

export const ZRatingRef = z.object({ ratingId: zRatingId });
export type TRatingRef = z.infer<typeof ZRatingRef>;

export const ZTwoPersonRule = z.object({
  twoPersonRule: z.preprocess((v) => v === "true" || v === "on" || v === true, z.boolean()),
});
export type TTwoPersonRule = z.infer<typeof ZTwoPersonRule>;
