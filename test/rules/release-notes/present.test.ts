import { describe } from 'vitest';
import { presentRuleTests } from '../../helpers/topic-rules.js';

describe('release-notes/present', () => {
  presentRuleTests('release-notes', 'CVD_NAS_3.2.1_Readme');
});
