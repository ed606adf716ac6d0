/**
 * Words that carry no topic in a question typed in a hurry ("what do I do if my client's mom...").
 * They are dropped before the fallback search, so "every word must match" never fails on them.
 * Words that name a topic in this guide ("tell", "ask", "share", "family") are not here: the
 * ranking already weighs widespread words lightly.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are as at be because been before being both but by can cant could
  did didnt do does doesnt doing done dont each even ever every few for from get gets getting go goes going gone got
  had has hasnt have havent having he hed hes her here hers herself him himself his how hows i id if ill im in into
  is isnt it its itself ive just keep keeps kind know knows let lets like made make makes many may me might more most much must my
  myself need needs no nor not now of off ok okay on once one only or other our ours out over own please probably
  really said say says she shed shes should shouldnt so some still such sure than that thats the their theirs
  them themselves then there theres these they theyd theyre this those though through to told too try trying two under until
  up us very want wanted wanting wants was wasnt way we well were werent what whats when where whether which while
  who whos whom why will with wont would wouldnt yet you youd youll your youre yours yourself`.split(/\s+/),
);
