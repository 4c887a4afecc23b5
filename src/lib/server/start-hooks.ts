/** Things to print or check once the app is ready (the first-admin link arrives with accounts). */
export async function afterStart(): Promise<void> {}
