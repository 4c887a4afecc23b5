/** The English messages of each area (see nb.ts beside this file). */
import type { Shape } from '../define';
import type { areasNb } from './nb';
import { admin } from './admin/en';
import { afterEvent } from './afterEvent/en';
import { app } from './app/en';
import { contentLanguages } from './content/en';
import { eventOptions } from './eventOptions/en';
import { find } from './find/en';
import { gapGuide } from './gapGuide/en';
import { indicators } from './indicators/en';
import { images } from './images/en';
import { insight } from './insight/en';
import { mail } from './mail/en';
import { problems } from './problems/en';
import { publishing } from './publishing/en';
import { pub } from './public/en';
import { redirects } from './redirects/en';
import { signInProviders } from './signInProviders/en';
import { signup } from './signup/en';
import { validation } from './validation/en';
import { workflow } from './workflow/en';

export const areasEn: Shape<typeof areasNb> = {
	admin,
	afterEvent,
	app,
	contentLanguages,
	eventOptions,
	find,
	gapGuide,
	indicators,
	images,
	insight,
	mail,
	problems,
	pub,
	redirects,
	publishing,
	signInProviders,
	signup,
	validation,
	workflow
};
