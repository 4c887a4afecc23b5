import type { ParamMatcher } from '@sveltejs/kit';

/** A sign-in provider's path segment: /logg-inn/feide/retur (config.ts `OIDC_PROVIDERS`). */
export const match: ParamMatcher = (param) =>
	param === 'feide' || param === 'idporten' || param === 'ansattporten';
