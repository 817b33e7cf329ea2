/** What a writer asks of the record as it stands, checked inside the write. */
export type AppendOptions = {
  /**
   * The revision of each claim its writer saw, by claim id. A change to a claim now at another
   * revision is refused (ClaimConflict) instead of overwriting a change its writer never saw.
   */
  readonly revisions?: ReadonlyMap<string, number>;
};
