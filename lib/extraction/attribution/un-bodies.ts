/**
 * Bodies of the United Nations system, so that "the UN agency", "the U.N. health agency" or "the United Nations body"
 * refers back to the one the article named ("World Health Organization", "UNHCR"). Pure string rules.
 */

/** "UN agency", "U.N. health agency", "United Nations' refugee body": a description of a UN body; group 1 its own words. */
export const UN_DESCRIPTION = /^(?:UN|U\.N\.|United\s+Nations)(?:['’]s?)?\s+((?:[\p{Ll}-]+\s+){0,2})(?:agency|body|organi[sz]ation|programme|program|fund)$/u;

/** Specialised agencies, funds and programmes whose names do not say "United Nations". */
const UN_NAMES = /^(?:World Health Organi[sz]ation|World Food Program(?:me)?|Food and Agriculture Organi[sz]ation|International (?:Organi[sz]ation for Migration|Labou?r Organi[sz]ation|Atomic Energy Agency|Telecommunication Union|Civil Aviation Organi[sz]ation|Maritime Organi[sz]ation|Fund for Agricultural Development)|World Meteorological Organi[sz]ation|World Intellectual Property Organi[sz]ation|Universal Postal Union)$/;

const UN_ACRONYMS = /^(?:WHO|WFP|FAO|IOM|ILO|IAEA|OCHA|WMO|UNHCR|UNICEF|UNESCO|UNDP|UNFPA|UNRWA|UNAIDS|UNEP|UNOCHA|UNAMA|UNIFIL|UNMISS)$/;

/** True when `name` is a body of the UN system: one of those names, a name opening with the UN's, or a UN acronym ("UNICEF"). */
export function isUnBody(name: string): boolean {
  return UN_NAMES.test(name) || /^(?:UN|U\.N\.|United Nations)\s/.test(name) || UN_ACRONYMS.test(name);
}
