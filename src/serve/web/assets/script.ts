/**
 * The one browser script (enhancements only), served at /assets/app.js. Written as plain ES5-style
 * JavaScript in a string so the build carries it to dist/ with the rest; it never writes HTML.
 */
export const SCRIPT = String.raw`// onrecord's only script: enhancements. Every page works without it. It never writes HTML (textContent
// only), so no text from an article can become markup here.
(function enhance() {
  'use strict';

  // Highlights: the description that the title attribute gives on hover, also on keyboard focus, as one tooltip.
  var tooltip = document.createElement('div');
  tooltip.className = 'tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.id = 'highlight-tooltip';
  tooltip.hidden = true;

  function highlightOf(target) {
    return target instanceof window.Element ? target.closest('mark.hl') : null;
  }

  function show(mark) {
    var text = mark.getAttribute('data-title') || '';
    if (text === '') return;
    tooltip.textContent = text;
    tooltip.hidden = false;
    var box = mark.getBoundingClientRect();
    tooltip.style.left = Math.max(4, box.left + window.scrollX) + 'px';
    tooltip.style.top = box.bottom + window.scrollY + 6 + 'px';
    var id = mark.getAttribute('data-attribution');
    document.querySelectorAll('mark.hl.is-active').forEach(function (other) {
      other.classList.remove('is-active');
    });
    document.querySelectorAll('mark.hl[data-attribution="' + window.CSS.escape(id || '') + '"]').forEach(function (piece) {
      piece.classList.add('is-active');
    });
  }

  function hide() {
    tooltip.hidden = true;
    document.querySelectorAll('mark.hl.is-active').forEach(function (mark) {
      mark.classList.remove('is-active');
    });
  }

  var marks = document.querySelectorAll('mark.hl[title]');
  if (marks.length > 0) {
    document.body.appendChild(tooltip);
    // The script's tooltip replaces the browser's, so the two do not show at once.
    marks.forEach(function (mark) {
      mark.setAttribute('data-title', mark.getAttribute('title') || '');
      mark.removeAttribute('title');
    });
    document.addEventListener('mouseover', function (event) {
      var mark = highlightOf(event.target);
      if (mark) show(mark);
      else hide();
    });
    document.addEventListener('focusin', function (event) {
      var mark = highlightOf(event.target);
      if (mark) show(mark);
      else hide();
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') hide();
    });
  }

  // The timeline: the numbers behind a bar, on hover.
  var detail = document.getElementById('chart-detail');
  if (detail) {
    document.querySelectorAll('rect.bar').forEach(function (bar) {
      bar.addEventListener('mouseenter', function () {
        var count = Number(bar.getAttribute('data-count'));
        detail.textContent =
          bar.getAttribute('data-month') +
          ': ' +
          count +
          (count === 1 ? ' statement in ' : ' statements in ') +
          bar.getAttribute('data-outlet');
        bar.classList.add('is-active');
      });
      bar.addEventListener('mouseleave', function () {
        bar.classList.remove('is-active');
      });
    });
  }
})();
`;
