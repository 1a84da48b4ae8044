import { configureJitlessParsing } from '@shegong/contracts/zod-config';

// No eval under our CSP: zod must not even probe for it (the probe is reported as a violation).
configureJitlessParsing();
