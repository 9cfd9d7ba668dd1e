/**
 * News outlets by name: wire services and broadcasters known by their initials or one word, and names whose
 * last word says they are a paper or a channel ("Harlow Courier", "Gulf News"). An outlet relaying what
 * someone said is no source of it ("According to the BBC, the army said ...").
 */
const KNOWN_OUTLETS = new Set([
  "bbc", "cnn", "cnbc", "nbc", "abc", "cbs", "npr", "pbs", "fox news", "sky news", "al jazeera", "reuters", "ap",
  "associated press", "afp", "agence france-presse", "xinhua", "bloomberg", "nhk", "dw", "deutsche welle", "ani", "pti",
  "ians", "yonhap", "kyodo", "tass", "ria novosti", "interfax", "anadolu", "anadolu agency", "ndtv", "wafa", "irna",
  "efe", "ansa", "dpa", "rte", "cbc", "ctv", "itv", "channel 4", "france 24", "euronews", "axios", "politico",
]);
const OUTLET_LAST_WORD = /\s(?:Times|Post|News|Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Star|Standard|Observer|Chronicle|Express|Mail|Mirror|Globe|Examiner|Inquirer|Courier|Dispatch|Daily|Weekly|Magazine|Radio|Television|TV|Broadcasting|newspaper|daily|broadcaster|channel|outlet|news agency)$/;

export function isNewsOutlet(name: string): boolean {
  const n = name.replace(/^the\s+/i, "").trim();
  return KNOWN_OUTLETS.has(n.toLowerCase()) || OUTLET_LAST_WORD.test(n);
}
