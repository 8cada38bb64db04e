/* Sebaya blocks in the block editor (no build step): each block is a placeholder that names its
 * element and shows its settings; the page shows the element itself (rendered by PHP, see
 * includes/blocks.php). Settings: the same values the shortcodes take. */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var SelectControl = wp.components.SelectControl;
  var TextControl = wp.components.TextControl;

  var blank = { label: __('(default)', 'sebaya'), value: '' };
  var choices = {
    view: { calendar: ['month', 'list'], 'support-form': ['reply'] },
    theme: ['light', 'dark', 'auto'],
    layout: ['full', 'bar', 'sticky'],
  };
  var blocks = [
    { name: 'calendar', title: __('Sebaya: activity calendar', 'sebaya'), icon: 'calendar-alt', attrs: ['view', 'lang', 'theme'] },
    { name: 'support-form', title: __('Sebaya: support request form', 'sebaya'), icon: 'email', attrs: ['view', 'lang', 'theme'] },
    { name: 'quiz', title: __('Sebaya: myth or fact quiz', 'sebaya'), icon: 'lightbulb', attrs: ['lang', 'theme'] },
    { name: 'directory', title: __('Sebaya: service directory', 'sebaya'), icon: 'location', attrs: ['lang', 'theme'] },
    { name: 'crisis-help', title: __('Sebaya: crisis help', 'sebaya'), icon: 'sos', attrs: ['layout', 'lang', 'theme'] },
  ];

  function options(list) {
    return [blank].concat(list.map(function (v) { return { label: v, value: v }; }));
  }

  blocks.forEach(function (block) {
    var attributes = {};
    block.attrs.forEach(function (a) { attributes[a] = { type: 'string' }; });
    wp.blocks.registerBlockType('sebaya/' + block.name, {
      apiVersion: 2,
      title: block.title,
      category: 'widgets',
      icon: block.icon,
      attributes: attributes,
      edit: function (props) {
        var controls = block.attrs.map(function (a) {
          var set = function (value) { var next = {}; next[a] = value; props.setAttributes(next); };
          if (a === 'lang') {
            return el(TextControl, { key: a, label: __('Language (id, en, …)', 'sebaya'), value: props.attributes[a] || '', onChange: set });
          }
          var list = a === 'view' ? choices.view[block.name] : choices[a];
          return el(SelectControl, { key: a, label: a, value: props.attributes[a] || '', options: options(list), onChange: set });
        });
        return el('div', useBlockProps({ className: 'sebaya-block-placeholder' }),
          el(InspectorControls, null, el(PanelBody, { title: __('Settings', 'sebaya') }, controls)),
          el('p', null, el('strong', null, block.title)),
          el('p', null, __('Shown on the published page.', 'sebaya')));
      },
      save: function () { return null; },
    });
  });
})(window.wp);
