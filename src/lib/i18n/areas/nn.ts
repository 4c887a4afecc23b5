/** The nynorsk messages of each area (see nb.ts beside this file). */
import type { Shape } from '../define';
import type { areasNb } from './nb';
import { admin } from './admin/nn';
import { problems } from './problems/nn';
import { validation } from './validation/nn';

export const areasNn: Shape<typeof areasNb> = {
	admin,
	problems,
	validation
};
