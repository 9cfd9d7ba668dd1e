/**
 * The Baghouz evacuation as later outlets told it, over four days: written for the demo desk (the outlets
 * and the council and UN spokespeople are invented; Mustafa Bali is the SDF spokesman of the seed article).
 * Their figures agree, disagree and are revised, so a new install shows two figure trackers with a
 * timeline, a current estimate and conflicts:
 * - "Civilians evacuated from Baghouz" (a running total): nearly 20,000 (AP, 20 Feb); more than 20,000
 *   (Bali, 21 Feb); around 12,000 (the local council, 21 Feb: same day as Bali and below AP's day-earlier
 *   figure, so two conflicts); between 20,000 and 22,000 (UN, 22 Feb); about 21,000 (the council's revision, 24 Feb).
 * - "Trucks in the 20 February convoy" (a level): at least 17 (AP); about 10 (an SDF field commander,
 *   in conflict with both others); some 20 (the Observer's reporter, agreeing with AP).
 */

export interface StoryClaim {
  /** the sentence of the article the claim is, word for word */
  sentence: string;
  qualifier: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  asOf: string;
  speaker: string | null;
  attribution: string;
  tracker: "civilians" | "trucks";
}

export interface StoryArticle {
  title: string;
  outlet: string;
  url: string;
  publishedAt: string;
  body: string;
  claims: StoryClaim[];
}

export const STORY_SPEAKERS = [
  { name: "Hevi Ahmed", kind: "person", description: "spokeswoman for the Hajin civil council" },
  { name: "Laila Nasser", kind: "person", description: "spokeswoman for the UN humanitarian coordination office in Damascus" },
  { name: "Adnan Afrin", kind: "person", description: "SDF field commander near Baghouz" },
] as const;

export const STORY_TRACKERS = {
  civilians: { description: "Civilians evacuated from Baghouz since January", unit: "civilian", kind: "cumulative" },
  trucks: { description: "Trucks in the 20 February convoy from Baghouz", unit: "truck", kind: "level" },
} as const;

/** The seed article's claims that start the trackers, found by their sentence. */
export const SEED_ARTICLE_REPORTS: { startsWith: string; unit: string; tracker: keyof typeof STORY_TRACKERS }[] = [
  { startsWith: "Nearly 20,000 civilians had left", unit: "civilian", tracker: "civilians" },
  { startsWith: "An Associated Press team in Baghouz", unit: "truck", tracker: "trucks" },
];

const LEVANT_1 = `The US-backed Syrian Democratic Forces said on Thursday that more than 20,000 civilians have left the last enclave held by the Islamic State group in eastern Syria since the start of January, as a second convoy was expected to leave the village of Baghouz.

Mustafa Bali, a spokesman for the SDF, said more than 20,000 civilians have now left the enclave since January, most of them women and children.

A convoy of about 10 trucks left the enclave on Wednesday, according to Adnan Afrin, an SDF field commander near Baghouz. He said the trucks had been searched at a checkpoint outside the village before driving north.

The evacuation is expected to take several more days. Aid groups have warned that camps further north are struggling to cope with the arrivals.`;

const OBSERVER_1 = `The civil council that runs the Hajin area said on Thursday that around 12,000 civilians have been evacuated from the Baghouz pocket since January, a figure well below those given by the Syrian Democratic Forces.

Around 12,000 civilians have been evacuated from Baghouz since January, said Hevi Ahmed, a spokeswoman for the council, adding that the council counts only people registered at its reception point.

Our reporter at the reception point counted some 20 trucks arriving from Baghouz on Wednesday evening, many of them carrying families with small children.

The council said it needed more tents and water tanks.`;

const LEVANT_2 = `The United Nations said on Saturday that between 20,000 and 22,000 civilians had left Baghouz since the start of the year, as the evacuation of the last Islamic State enclave in Syria slowed.

Between 20,000 and 22,000 civilians had left Baghouz since January, Laila Nasser, a spokeswoman for the UN humanitarian coordination office in Damascus, told reporters on Friday.

She said the UN was sending more food and blankets to the al-Hol camp, where most of the evacuees are taken.`;

const OBSERVER_2 = `The Hajin civil council has revised its count of civilians evacuated from Baghouz, saying its earlier figure had left out people who crossed at night and were taken straight to the camps.

About 21,000 civilians have been evacuated from Baghouz since January, Hevi Ahmed, the council's spokeswoman, said on Sunday.

The council's earlier figure, given on Thursday, was around 12,000. The new figure is close to those given by the Syrian Democratic Forces and the United Nations.`;

export const STORY_ARTICLES: StoryArticle[] = [
  {
    title: "More than 20,000 civilians have left last IS enclave, Syrian militia says",
    outlet: "Levant Wire",
    url: "https://levantwire.example/2019/02/21/baghouz-civilians",
    publishedAt: "2019-02-21",
    body: LEVANT_1,
    claims: [
      { sentence: "Mustafa Bali, a spokesman for the SDF, said more than 20,000 civilians have now left the enclave since January, most of them women and children.", qualifier: "more_than", value: 20000, low: 20000, high: null, unit: "civilian", asOf: "2019-02-21", speaker: "Mustafa Bali", attribution: "paraphrase", tracker: "civilians" },
      { sentence: "A convoy of about 10 trucks left the enclave on Wednesday, according to Adnan Afrin, an SDF field commander near Baghouz.", qualifier: "approximately", value: 10, low: 10, high: 10, unit: "truck", asOf: "2019-02-20", speaker: "Adnan Afrin", attribution: "according_to", tracker: "trucks" },
    ],
  },
  {
    title: "Council says 12,000 evacuated from Baghouz pocket",
    outlet: "The Euphrates Observer",
    url: "https://euphrates-observer.example/news/council-baghouz-12000",
    publishedAt: "2019-02-21",
    body: OBSERVER_1,
    claims: [
      { sentence: "Around 12,000 civilians have been evacuated from Baghouz since January, said Hevi Ahmed, a spokeswoman for the council, adding that the council counts only people registered at its reception point.", qualifier: "approximately", value: 12000, low: 12000, high: 12000, unit: "civilian", asOf: "2019-02-21", speaker: "Hevi Ahmed", attribution: "paraphrase", tracker: "civilians" },
      { sentence: "Our reporter at the reception point counted some 20 trucks arriving from Baghouz on Wednesday evening, many of them carrying families with small children.", qualifier: "approximately", value: 20, low: 20, high: 20, unit: "truck", asOf: "2019-02-20", speaker: null, attribution: "observation", tracker: "trucks" },
    ],
  },
  {
    title: "UN: up to 22,000 civilians have fled Baghouz this year",
    outlet: "Levant Wire",
    url: "https://levantwire.example/2019/02/23/un-baghouz",
    publishedAt: "2019-02-23",
    body: LEVANT_2,
    claims: [
      { sentence: "Between 20,000 and 22,000 civilians had left Baghouz since January, Laila Nasser, a spokeswoman for the UN humanitarian coordination office in Damascus, told reporters on Friday.", qualifier: "range", value: null, low: 20000, high: 22000, unit: "civilian", asOf: "2019-02-22", speaker: "Laila Nasser", attribution: "paraphrase", tracker: "civilians" },
    ],
  },
  {
    title: "Council revises Baghouz evacuation count to 21,000",
    outlet: "The Euphrates Observer",
    url: "https://euphrates-observer.example/news/council-revises-baghouz-count",
    publishedAt: "2019-02-24",
    body: OBSERVER_2,
    claims: [
      { sentence: "About 21,000 civilians have been evacuated from Baghouz since January, Hevi Ahmed, the council's spokeswoman, said on Sunday.", qualifier: "approximately", value: 21000, low: 21000, high: 21000, unit: "civilian", asOf: "2019-02-24", speaker: "Hevi Ahmed", attribution: "paraphrase", tracker: "civilians" },
    ],
  },
];
