import { describe } from 'vitest';
import { presentRuleTests } from '../../helpers/topic-rules.js';

describe('install-guide/present', () => {
  presentRuleTests('install-guide', 'CVD_NAS_Admin_Manual_v3');
});
