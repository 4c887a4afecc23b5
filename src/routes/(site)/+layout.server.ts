import { siteChrome } from '$lib/server/content/menu';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => siteChrome();
