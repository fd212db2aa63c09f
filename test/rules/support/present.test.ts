import { describe } from 'vitest';
import { presentRuleTests } from '../../helpers/topic-rules.js';

describe('support/present', () => {
  presentRuleTests('support', 'CVD-Customer-Care');
});
