/** The English messages of each area (see nb.ts beside this file). */
import type { Shape } from '../define';
import type { areasNb } from './nb';
import { problems } from './problems/en';
import { pub } from './public/en';

export const areasEn: Shape<typeof areasNb> = { problems, pub };
