/*
 * Small enhancements for every page, loaded from the layout (the pages allow no inline scripts):
 * the menu collapses behind a disclosure button on phones, and each wide table.grid scrolls inside a
 * focusable, labelled box instead of widening the page; content that htmx swaps in and that carries
 * data-announce (a result count) is read out through the layout's status region, as is a notice marked
 * data-announce-on-load (what a change just did) once the page has loaded. Without script the menu
 * simply stays open.
 */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function menu() {
    var button = document.getElementById('menu-toggle');
    var nav = document.getElementById('main-menu');
    if (!button || !nav) {
      return;
    }
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('open', open);
    });
  }

  function tables() {
    var holder = document.querySelector('[data-table-label]');
    var label = (holder && holder.dataset.tableLabel) || 'Table';
    document.querySelectorAll('table.grid').forEach(function (table) {
      if (table.parentElement.classList.contains('table-scroll')) {
        return;
      }
      var box = document.createElement('div');
      box.className = 'table-scroll';
      box.setAttribute('role', 'region');
      box.setAttribute('tabindex', '0');
      var caption = table.querySelector('caption');
      var heading = table.getAttribute('aria-label') || (caption && caption.textContent.trim());
      box.setAttribute('aria-label', heading || label);
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    });
  }

  function announce() {
    var region = document.getElementById('announcer');
    var texts = [];
    document.querySelectorAll('[data-announce]').forEach(function (element) {
      if (!element.announced) {
        element.announced = true;
        texts.push(element.dataset.announce);
      }
    });
    if (region && texts.length) {
      region.textContent = texts.join(' ');
    }
  }

  function ready() {
    menu();
    tables();
    document.querySelectorAll('[data-announce]:not([data-announce-on-load])').forEach(function (element) {
      element.announced = true;
    });
    // A moment after load, so that screen readers have noticed the empty status region first.
    window.setTimeout(announce, 250);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
  document.addEventListener('htmx:afterSwap', function () {
    tables();
    announce();
  });
})();
