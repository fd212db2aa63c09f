import { landingPageHtml, type LandingFacts, type LandingOptions } from '../../../fixtures/landing-page.js';
import type { WrittenBundle } from '../../helpers/rule-tester.js';

/** A landing page of the default release, stating the facts of the bundle written (some changed) in the layout asked for. */
export function page(options: Partial<LandingOptions> = {}, facts: Partial<LandingFacts> = {}): (bundle: WrittenBundle) => string {
  return (bundle) => landingPageHtml({ product: 'Corvid NAS Plugin', version: '3.2.1', date: '2026-10-15', ...bundle, ...facts }, options);
}
