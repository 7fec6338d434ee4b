/**
 * English third-person pronouns with gender, number and case (standard grammar). Only these are
 * resolved: first and second person refer to speakers and hearers, which the quotes stage reads.
 */
export interface PronounInfo {
  readonly gender: 'm' | 'f' | 'n' | 'p'
  readonly case: 'subj' | 'obj' | 'poss' | 'refl'
}

/** Lower-case pronoun → features (`p` = plural, used for organisations too). */
export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['he', { gender: 'm', case: 'subj' }],
  ['him', { gender: 'm', case: 'obj' }],
  ['his', { gender: 'm', case: 'poss' }],
  ['himself', { gender: 'm', case: 'refl' }],
  ['she', { gender: 'f', case: 'subj' }],
  ['her', { gender: 'f', case: 'poss' }],
  ['hers', { gender: 'f', case: 'poss' }],
  ['herself', { gender: 'f', case: 'refl' }],
  ['its', { gender: 'n', case: 'poss' }],
  ['itself', { gender: 'n', case: 'refl' }],
  ['they', { gender: 'p', case: 'subj' }],
  ['them', { gender: 'p', case: 'obj' }],
  ['their', { gender: 'p', case: 'poss' }],
  ['themselves', { gender: 'p', case: 'refl' }],
])
