/** Things to print or check once the app is ready. */
import { announceSetupLink } from './accounts/auth.service';

export async function afterStart(): Promise<void> {
	await announceSetupLink();
}
