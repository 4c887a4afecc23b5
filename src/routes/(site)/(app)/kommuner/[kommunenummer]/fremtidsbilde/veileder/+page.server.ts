import { DETAIL_RESPONDENTS, MIN_RESPONDENTS } from '$lib/server/fremtidsbilde/aggregation';
import type { PageServerLoad } from './$types';

/** The guide is the same for every group; the workspace layout has already checked access. */
export const load: PageServerLoad = async ({ parent }) => {
	await parent();
	return { min: MIN_RESPONDENTS, detail: DETAIL_RESPONDENTS };
};
