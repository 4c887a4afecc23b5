// `npm start`: build when the build is missing or older than the sources, then serve.
import { ensureBuild, root } from './build.js';

process.chdir(root);
// Always the production build: never the test build, whatever the environment says.
delete process.env.FK_BUILD;
ensureBuild();
await import('../server/index.js');
