/** The nynorsk messages of each area (see nb.ts beside this file). */
import type { Shape } from '../define';
import type { areasNb } from './nb';
import { admin } from './admin/nn';
import { afterEvent } from './afterEvent/nn';
import { app } from './app/nn';
import { contentLanguages } from './content/nn';
import { eventOptions } from './eventOptions/nn';
import { find } from './find/nn';
import { gapGuide } from './gapGuide/nn';
import { indicators } from './indicators/nn';
import { images } from './images/nn';
import { insight } from './insight/nn';
import { mail } from './mail/nn';
import { problems } from './problems/nn';
import { publishing } from './publishing/nn';
import { pub } from './public/nn';
import { redirects } from './redirects/nn';
import { signInProviders } from './signInProviders/nn';
import { signup } from './signup/nn';
import { validation } from './validation/nn';
import { workflow } from './workflow/nn';

export const areasNn: Shape<typeof areasNb> = {
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
