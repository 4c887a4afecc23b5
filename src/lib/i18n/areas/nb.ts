/**
 * The bokmål messages of each area (one folder per area under areas/, each with nb.ts,
 * nn.ts and en.ts of the same shape). Add an area with one import and one entry here and in
 * nn.ts and en.ts beside this file.
 */
import { admin } from './admin/nb';
import { afterEvent } from './afterEvent/nb';
import { app } from './app/nb';
import { contentLanguages } from './content/nb';
import { eventOptions } from './eventOptions/nb';
import { find } from './find/nb';
import { gapGuide } from './gapGuide/nb';
import { indicators } from './indicators/nb';
import { images } from './images/nb';
import { insight } from './insight/nb';
import { mail } from './mail/nb';
import { problems } from './problems/nb';
import { publishing } from './publishing/nb';
import { pub } from './public/nb';
import { redirects } from './redirects/nb';
import { signInProviders } from './signInProviders/nb';
import { signup } from './signup/nb';
import { validation } from './validation/nb';
import { workflow } from './workflow/nb';

export const areasNb = {
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
