/**
 * Nobody, through the API: for records and fields only the server writes (the editorial log,
 * who created or published an item). Hooks write them; the admin shows them read-only.
 */
export const nobody = (): boolean => false
