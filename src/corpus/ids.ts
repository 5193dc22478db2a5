/**
 * The id rule shared by the corpus schema and links: a lowercase slug of at most MAX_ID_LENGTH characters.
 * No zod here, so the link codec (in the main bundle) can use it too.
 */
export const MAX_ID_LENGTH = 100;

/** An id a corpus may hold and a link may carry. */
export const ID_PATTERN = new RegExp(`^[a-z0-9][a-z0-9-]{0,${MAX_ID_LENGTH - 1}}$`);
