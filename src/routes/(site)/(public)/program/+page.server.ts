import { publicProgrammes } from '$lib/server/programmes/programmes.public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ programmes: await publicProgrammes() });
