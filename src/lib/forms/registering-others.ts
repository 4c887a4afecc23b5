/**
 * Forms for registering other people: a coordinator's group (its rows are fields of the same
 * name, in order, so it is read without a schema library and works without JavaScript). Staff
 * registering someone by hand use the public form's schema (`registrationSchema` with `door`).
 */

/** The id of a row's field (`rad-2-email` for row index 1): messages and the summary link to it. */
export const groupFieldId = (row: number, field: string) =>
	row < 0 ? field : `rad-${row + 1}-${field}`;
