/** The English messages of each area (see nb.ts beside this file). */
import type { Shape } from '../define';
import type { areasNb } from './nb';
import { admin } from './admin/en';
import { problems } from './problems/en';
import { validation } from './validation/en';

export const areasEn: Shape<typeof areasNb> = {
	admin,
	problems,
	validation
};
