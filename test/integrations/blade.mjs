// @ts-check
/**
 * The small part of Laravel's Blade that the OpenSID widget files use, compiled the way Laravel's
 * BladeCompiler does it (Illuminate/View/Compilers/BladeCompiler.php and its Concerns), so the
 * test can run the .blade.php files on plain PHP: `@php … @endphp` blocks are set aside first,
 * `{{-- … --}}` comments dropped, `{!! … !!}` echoed raw, `{{ … }}` echoed through `e()`
 * (htmlspecialchars, ENT_QUOTES | ENT_SUBSTITUTE, UTF-8), and `@if (…)`, `@else`, `@endif`.
 * Anything else that looks like Blade is an error, so a widget cannot use a feature this test
 * would not run.
 */

/** PHP that defines Laravel's `e()` helper for the compiled views. */
export const E_HELPER = `if (!function_exists('e')) { function e($value, $doubleEncode = true) { return htmlspecialchars((string) ($value ?? ''), ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8', $doubleEncode); } }`;

/** @param {string} source @param {string} [name] */
export function compileBlade(source, name = 'view') {
  /** @type {string[]} */
  const blocks = [];
  let text = source.replace(/(?<!@)@php(.*?)@endphp/gs, (_, code) => {
    blocks.push(`<?php${code}?>`);
    return `__sebaya_php_block_${blocks.length - 1}__`;
  });
  text = text.replace(/\{\{--.*?--\}\}/gs, '');
  text = text.replace(/\{!!\s*(.+?)\s*!!\}/gs, (_, expr) => `<?php echo ${expr}; ?>`);
  text = text.replace(/\{\{\s*(.+?)\s*\}\}/gs, (_, expr) => `<?php echo e(${expr}); ?>`);
  text = text.replace(/^([ \t]*)@if\s*\((.*)\)[ \t]*$/gm, (_, indent, cond) => `${indent}<?php if (${cond}): ?>`);
  text = text.replace(/^([ \t]*)@else[ \t]*$/gm, (_, indent) => `${indent}<?php else: ?>`);
  text = text.replace(/^([ \t]*)@endif[ \t]*$/gm, (_, indent) => `${indent}<?php endif; ?>`);
  const left = /@[a-z]+|\{\{|\{!!/i.exec(text);
  if (left) throw new Error(`${name}: Blade syntax the test compiler does not know: ${left[0]}`);
  return text.replace(/__sebaya_php_block_(\d+)__/g, (_, n) => blocks[Number(n)]);
}
