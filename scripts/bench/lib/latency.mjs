/** Input-to-output latency in Chromium: set a field's value, time until an <output> changes its data-value. */

/** p-th percentile (nearest rank) of a list of numbers. */
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/**
 * In the page: sets the text field `inputSelector` to values(i) `runs` times and times until `outputSelector`'s
 * data-value changes (dom) and until the next frame after that (frame).
 */
function measureInPage({ inputSelector, outputSelector, runs, values }) {
  const input = document.querySelector(inputSelector);
  const output = document.querySelector(outputSelector);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const dom = [];
  const frame = [];
  return new Promise((resolve, reject) => {
    let i = 0;
    const step = () => {
      if (i >= runs) return resolve({ dom, frame });
      const before = output.dataset.value;
      const t0 = performance.now();
      setValue.call(input, values[i % values.length]);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const check = () => {
        if (performance.now() - t0 > 2000)
          return reject(new Error(`${outputSelector} did not change after "${values[i % values.length]}"`));
        if (output.dataset.value !== before) {
          dom.push(performance.now() - t0);
          requestAnimationFrame(() => {
            frame.push(performance.now() - t0);
            i++;
            setTimeout(step, 0);
          });
        } else if (performance.now() - t0 > 5) setTimeout(check, 0);
        else queueMicrotask(check);
      };
      check();
    };
    step();
  });
}

/** Warms up, then measures `runs` edits; `values` must alternate so every edit changes the output. */
export async function measureLatency(page, { inputSelector, outputSelector, values, runs = 200 }) {
  await page.locator(inputSelector).first().waitFor();
  await page.evaluate(measureInPage, { inputSelector, outputSelector, runs: 20, values });
  return page.evaluate(measureInPage, { inputSelector, outputSelector, runs, values });
}
