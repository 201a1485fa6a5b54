/**
 * Calculator assumptions that are not Rakuten facts: consumption-tax rates used only by the 税抜 setting.
 * Kept here, once, until the facts module carries tax rates (see the lead's note).
 */

/** Standard and reduced consumption-tax rates (%) in Japan. */
export const consumptionTax = { standard: 10, reduced: 8 } as const;

/** Genre keys whose items are usually taxed at the reduced rate (food and non-alcoholic drinks). */
export const reducedTaxGenres: readonly string[] = ["food", "sweets", "drink"];

/** Tax rate (%) assumed for a genre key; lines given only as a rate use the standard rate. */
export function taxRateFor(genreKey: string | undefined): number {
  return genreKey && reducedTaxGenres.includes(genreKey) ? consumptionTax.reduced : consumptionTax.standard;
}
