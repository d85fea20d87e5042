(function () {
  'use strict';
  var list = document.getElementById('post-list');
  localTimes();
  if (!list) return;
  var D = JSON.parse(document.getElementById('report-data').textContent);
  var P = D.posts, F = D.findings, R = D.rules;
  var SEV = ['off', 'note', 'warning', 'error'], SEV_TITLE = ['', 'Note', 'Warning', 'Error'];
  var PAGE = 50, AUTO_OPEN = 3;
  var first = new Array(P.length).fill(0), count = new Array(P.length).fill(0);
  for (var j = F.length - 1; j >= 0; --j) { first[F[j][0]] = j; count[F[j][0]]++; }

  var state = { sev: [false, true, true, true], rule: -1, locale: '*', q: '' };
  var visible = [], matched = 0, page = 0, opened = new Set(), haystack = null, shown = [];
  var status = document.getElementById('status'), pager = document.getElementById('pager');
  var ruleSel = document.getElementById('filter-rule'), localeSel = document.getElementById('filter-locale');
  var textIn = document.getElementById('filter-text');
  var sevBoxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[name=severity]'));

  // Every node is built here with text nodes: nothing from the data is parsed as HTML.
  function el(tag, cls) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    for (var i = 2; i < arguments.length; ++i) {
      var k = arguments[i];
      if (k !== null && k !== undefined && k !== '') e.append(k);
    }
    return e;
  }
  function fmt(n) { return n.toLocaleString('en-US'); }
  function plural(n, word) { return fmt(n) + ' ' + word + (n === 1 ? '' : 's'); }
  function isWeb(url) { return /^https?:\/\/[^\s]/i.test(url); }
  function localTimes() {
    document.querySelectorAll('time[datetime]').forEach(function (t) {
      var d = new Date(t.getAttribute('datetime'));
      if (!isNaN(d)) t.textContent = d.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
    });
  }

  function searchText(j) {
    var f = F[j], p = P[f[0]];
    var values = f[8].map(function (v) { return v.slice(1).join(''); }).join(' ');
    return [p[0], p[1], p[4], p[5], p[6], p[7], R[f[2]], f[3], f[4], f[7], values].join('\n').toLowerCase();
  }

  function compute() {
    visible = []; matched = 0;
    var q = state.q;
    if (q && !haystack) haystack = new Array(F.length);
    for (var p = 0; p < P.length; ++p) {
      if (state.locale !== '*' && P[p][3] !== state.locale) continue;
      var hits = null;
      for (var j = first[p], end = first[p] + count[p]; j < end; ++j) {
        var f = F[j];
        if (!state.sev[f[1]] || (state.rule >= 0 && f[2] !== state.rule)) continue;
        if (q) {
          var s = haystack[j];
          if (s === undefined) s = haystack[j] = searchText(j);
          if (s.indexOf(q) < 0) continue;
        }
        (hits || (hits = [])).push(j);
      }
      if (hits) { visible.push({ p: p, hits: hits }); matched += hits.length; }
    }
  }

  function chips(hits) {
    var c = [0, 0, 0, 0], s = el('span', 'chips');
    hits.forEach(function (j) { c[F[j][1]]++; });
    for (var k = 3; k >= 1; --k) if (c[k]) s.append(el('span', 'pill sev-' + SEV[k], plural(c[k], SEV[k])));
    return s;
  }

  function postNode(v, open) {
    var p = P[v.p], d = el('details', 'post');
    d.id = 'post-' + v.p;
    var meta = [p[4], p[5] ? 'status: ' + p[5] : '', p[6]].filter(Boolean).join(' \u00b7 ');
    d.append(el('summary', null, el('span', 'post-title', p[0] || p[7]), chips(v.hits), el('span', 'post-meta', meta)));
    d.addEventListener('toggle', function () {
      if (d.open) { opened.add(v.p); fill(d, v); } else opened.delete(v.p);
    });
    if (open) { d.open = true; fill(d, v); }
    shown.push({ d: d, v: v });
    return d;
  }

  function address(p) {
    if (!p[1]) return el('span', 'muted', 'not known');
    var span = el('span', null, el('span', 'url', p[1]));
    if (p[2] && isWeb(p[1])) {
      var a = el('a', 'live', 'Open the live page \u2197');
      a.href = p[1];
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      span.append(' ', a);
    } else {
      span.append(' ', el('span', 'muted', '(not a web address, so no link)'));
    }
    return span;
  }

  function fill(d, v) {
    if (d.dataset.filled) return;
    d.dataset.filled = '1';
    var p = P[v.p], facts = el('dl', 'facts');
    function fact(name) {
      var dd = el('dd');
      for (var i = 1; i < arguments.length; ++i) if (arguments[i]) dd.append(arguments[i]);
      facts.append(el('dt', null, name), dd);
    }
    fact('Address', address(p));
    fact('Language', p[4]);
    if (p[5]) fact('Status', p[5]);
    fact('Source', el('code', null, p[6]), p[8] ? ' at ' : '', p[8] ? el('code', null, p[8]) : '');
    var ol = el('ol', 'findings'), seen = new Set();
    v.hits.forEach(function (j) {
      var key = F[j][2] + '/' + F[j][3];
      ol.append(finding(j, !seen.has(key)));
      seen.add(key);
    });
    d.append(el('div', 'post-body', facts, ol));
  }

  function cloneInto(tag, node) {
    var e = document.createElement(tag);
    node.childNodes.forEach(function (c) { e.append(c.cloneNode(true)); });
    return e;
  }

  function finding(j, helpOpen) {
    var f = F[j], rule = R[f[2]] || '', sev = SEV[f[1]];
    var li = el('li', 'finding sev-' + sev);
    li.dataset.rule = rule;
    li.dataset.severity = sev;
    var link = el('a', 'rule-link', rule);
    link.href = '#rule-' + rule;
    li.append(el('div', 'f-head', el('span', 'badge sev-' + sev, SEV_TITLE[f[1]]), link, el('span', 'muted', f[3])));
    li.append(el('p', 'what', f[4]));
    if (f[8].length) {
      var compared = f[8].some(function (v) { return v[2]; });
      var box = el('div', 'compare' + (f[8].length === 1 ? ' single' : ''));
      f[8].forEach(function (v) {
        var mark = v[2] ? el('mark', null, v[2]) : compared ? el('mark', 'gap') : null;
        if (mark && !v[2]) mark.title = 'missing here';
        box.append(el('div', 'value', el('span', 'value-label', v[0]), el('span', 'value-text', v[1], mark, v[3])));
      });
      li.append(box);
    }
    var where = el('p', 'where', 'Where: ', el('code', null, P[f[0]][6]), ', line ' + f[5] + ', column ' + f[6]);
    if (f[7]) where.append(', field ', el('code', null, f[7]));
    li.append(where);
    if (f[9].length) {
      var also = el('ul', 'also');
      f[9].forEach(function (r) {
        also.append(el('li', null, 'Also ' + r[0] + ': line ' + r[1] + ', column ' + r[2], r[3] ? ', field ' : '',
                       r[3] ? el('code', null, r[3]) : ''));
      });
      li.append(also);
    }
    var help = el('details', 'help', el('summary', null, 'Why it matters and how to fix it'));
    help.open = helpOpen;
    var why = document.getElementById('why-' + rule), fix = document.getElementById('fix-' + rule + '--' + f[3]);
    if (why) help.append(el('h4', null, 'Why it matters'), cloneInto('p', why));
    var cell = fix && fix.querySelector('.cell-text');
    if (cell) help.append(el('h4', null, 'How to fix it'), cloneInto('p', cell));
    var more = el('a', null, 'Everything about ' + rule);
    more.href = '#rule-' + rule;
    help.append(el('p', 'more', more));
    li.append(help);
    return li;
  }

  function render(all) {
    var pages = Math.max(1, Math.ceil(visible.length / PAGE));
    page = Math.max(0, Math.min(page, pages - 1));
    var start = all ? 0 : page * PAGE, end = all ? visible.length : Math.min(visible.length, start + PAGE);
    var frag = document.createDocumentFragment(), auto = all || visible.length <= AUTO_OPEN;
    shown = [];
    for (var i = start; i < end; ++i) frag.append(postNode(visible[i], auto || opened.has(visible[i].p)));
    list.textContent = '';
    list.append(frag);
    var filtered = matched !== F.length;
    status.textContent = !visible.length ? 'No finding matches these filters.'
      : (filtered ? fmt(matched) + ' of ' + plural(F.length, 'finding') + ' match, in ' + plural(visible.length, 'post')
                  : plural(matched, 'finding') + ' in ' + plural(visible.length, 'post')) +
        (pages > 1 && !all ? ' \u00b7 showing posts ' + fmt(start + 1) + '\u2013' + fmt(end) : '');
    status.dataset.findings = matched;
    status.dataset.posts = visible.length;
    pager.textContent = '';
    if (pages > 1 && !all) {
      var prev = el('button', null, '\u2190 Previous'), next = el('button', null, 'Next \u2192');
      prev.type = next.type = 'button';
      prev.disabled = page === 0;
      next.disabled = page === pages - 1;
      prev.addEventListener('click', function () { go(page - 1); });
      next.addEventListener('click', function () { go(page + 1); });
      pager.append(prev, el('span', 'muted', 'Page ' + fmt(page + 1) + ' of ' + fmt(pages)), next);
    }
  }
  function go(p) { page = p; render(); list.scrollIntoView(); }
  function update() { page = 0; compute(); render(); }

  function resetControls() {
    state = { sev: [false, true, true, true], rule: -1, locale: '*', q: '' };
    sevBoxes.forEach(function (b) { b.checked = true; });
    ruleSel.value = '';
    localeSel.value = '*';
    textIn.value = '';
  }

  document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
  sevBoxes.forEach(function (b) {
    b.addEventListener('change', function () { state.sev[+b.value] = b.checked; update(); });
  });
  ruleSel.addEventListener('change', function () { state.rule = R.indexOf(ruleSel.value); update(); });
  localeSel.addEventListener('change', function () { state.locale = localeSel.value; update(); });
  var timer = 0;
  textIn.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = textIn.value.trim().toLowerCase(); update(); }, 150);
  });
  document.getElementById('filter-reset').addEventListener('click', function () { resetControls(); update(); });
  document.getElementById('expand-all').addEventListener('click', function () {
    shown.forEach(function (s) { s.d.open = true; fill(s.d, s.v); });
  });
  document.getElementById('collapse-all').addEventListener('click', function () {
    shown.forEach(function (s) { s.d.open = false; });
  });

  // The summary's chart labels set a filter.
  function showList() { document.getElementById('posts').scrollIntoView(); }
  document.querySelectorAll('[data-set-rule]').forEach(function (b) {
    b.addEventListener('click', function () {
      resetControls();
      ruleSel.value = b.dataset.setRule;
      state.rule = R.indexOf(b.dataset.setRule);
      update(); showList();
    });
  });
  document.querySelectorAll('[data-set-locale]').forEach(function (b) {
    b.addEventListener('click', function () {
      resetControls();
      localeSel.value = state.locale = b.dataset.setLocale;
      update(); showList();
    });
  });
  document.querySelectorAll('[data-set-severity]').forEach(function (b) {
    b.addEventListener('click', function () {
      resetControls();
      var s = SEV.indexOf(b.dataset.setSeverity);
      sevBoxes.forEach(function (box) { box.checked = +box.value === s; state.sev[+box.value] = box.checked; });
      update(); showList();
    });
  });

  // #post-N opens that post, on whatever page it is, clearing filters that hide it.
  function goToPost(n) {
    var find = function () { return visible.findIndex(function (v) { return v.p === n; }); };
    var i = find();
    if (i < 0) { resetControls(); compute(); i = find(); }
    if (i < 0) return;
    page = Math.floor(i / PAGE);
    opened.add(n);
    render();
    var d = document.getElementById('post-' + n);
    if (d) d.scrollIntoView();
  }
  function fromHash() {
    var m = /^#post-(\d+)$/.exec(location.hash);
    if (m) goToPost(+m[1]);
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href^="#post-"]');
    if (!a) return;
    e.preventDefault();
    try { history.pushState(null, '', a.getAttribute('href')); } catch (err) { /* file: URLs may refuse */ }
    goToPost(+a.getAttribute('href').slice(6));
  });
  window.addEventListener('hashchange', fromHash);

  // Printing shows every post that matches the filters, opened (up to a thousand).
  var printing = false;
  window.addEventListener('beforeprint', function () {
    if (visible.length > 1000) return;
    printing = true;
    render(true);
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { if (printing) { printing = false; render(); } });

  compute();
  render();
  fromHash();
})();
