import { sameKinds } from '../../notifications-display';

/** A member's settings as the page edits them before saving. */
export interface PreferenceDraft {
  language: string;
  mailKinds: readonly string[];
}

/** True when the draft differs from what the server last answered. */
export function isChanged(saved: PreferenceDraft, draft: PreferenceDraft | undefined): boolean {
  return !!draft && (draft.language !== saved.language || !sameKinds(saved.mailKinds, draft.mailKinds));
}
