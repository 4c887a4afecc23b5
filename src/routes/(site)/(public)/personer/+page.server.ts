import { peopleByGroup } from '$lib/server/content/people.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ groups: await peopleByGroup() });
