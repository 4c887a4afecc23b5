/** The English messages of each area (see nb.ts beside this file). */
import type { Shape } from '../define';
import type { areasNb } from './nb';
import { pub } from './public/en';

export const areasEn: Shape<typeof areasNb> = {
	pub
};
