// The phone's receiving page. Talks to Dossier only through the relative api/ urls of phone-api.md;
// every sentence it shows comes from api/words, so the page itself holds no text.
(function () {
  'use strict';

  var UPLOADS_AT_ONCE = 2;
  // ReceivingFromPhone.MAX_PHOTO_BYTES: a larger file is refused before a byte of it is sent
  var LARGEST_PHOTO = 40 * 1024 * 1024;
  var NAME_KEY = 'dossier.inspectedBy';
  var FIELDS = ['arrivedAt', 'parcelsExpected', 'parcelsReceived', 'unitsReceived', 'packaging',
    'packagingNotes', 'unitsSampled', 'defective', 'defectNotes', 'inspectedBy', 'notifiedAt'];

  var words = {};
  var lang = 'en';
  var order = null;          // the chosen order, as api/orders/<id> returned it
  var photos = [];           // {key, file, url, state: sending|sent|failed, waiting, loaded, total, id, name, takenAt, error, xhr}
  var photoSeq = 0;
  var defects = [];          // {el, ticks: Set of photo keys}
  var searchGen = 0, planGen = 0, orderGen = 0;
  var saving = false;
  var notice = '';           // why the chosen order could not be opened, kept over the list until the next search

  function $(id) { return document.getElementById(id); }

  // ---- words ---------------------------------------------------------------------------------

  function w(key) {
    var text = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key;
    var args = arguments;
    return text.replace(/\{(\d+)\}/g, function (m, n) {
      var v = args[Number(n) + 1];
      return v === undefined ? m : String(v);
    });
  }

  function applyWords(root) {
    root.querySelectorAll('[data-w]').forEach(function (el) { el.textContent = w(el.getAttribute('data-w')); });
    root.querySelectorAll('[data-w-ph]').forEach(function (el) { el.placeholder = w(el.getAttribute('data-w-ph')); });
    root.querySelectorAll('[data-w-aria]').forEach(function (el) { el.setAttribute('aria-label', w(el.getAttribute('data-w-aria'))); });
  }

  function number(n) {
    try { return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : lang === 'zh' ? 'zh-CN' : 'en-US').format(n); }
    catch (e) { return String(n); }
  }

  // ---- the address: #order=12&lang=vi ------------------------------------------------------

  function hashParams() {
    var out = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var i = part.indexOf('=');
      if (i > 0) out[decodeURIComponent(part.slice(0, i))] = decodeURIComponent(part.slice(i + 1));
    });
    return out;
  }

  function setHashOrder(id) {
    var p = hashParams();
    if (id) p.order = String(id); else delete p.order;
    var h = Object.keys(p).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(p[k]); }).join('&');
    if (('#' + h) !== location.hash && !(h === '' && location.hash === '')) {
      history.pushState(null, '', h ? '#' + h : location.pathname + location.search);
    }
  }

  // ---- talking to the computer ---------------------------------------------------------------

  // Resolves to {status, body}; rejects only when the computer could not be reached.
  function api(method, url, body) {
    var init = { method: method, cache: 'no-store', headers: {} };
    if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (res) {
      return res.text().then(function (text) {
        var parsed = null;
        try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = null; }
        return { status: res.status, body: parsed };
      });
    });
  }

  // What to say when a request did not give what was asked for.
  function trouble(reply) {
    if (!reply) return w('error.network');
    if (reply.body && reply.body.error) return reply.body.error;
    if (reply.status === 404) return w('error.gone');
    return w('error.server', reply.status);
  }

  function show(el, text) { el.textContent = text || ''; el.hidden = !text; }

  // ---- start ---------------------------------------------------------------------------------

  function loadWords() {
    var wanted = hashParams().lang || navigator.language || 'en';
    $('retryWords').hidden = true;
    $('loading').querySelector('.spinner').hidden = false;
    api('GET', 'api/words?lang=' + encodeURIComponent(wanted)).then(function (reply) {
      if (reply.status !== 200 || !reply.body || !reply.body.words) throw new Error('no words');
      words = reply.body.words;
      lang = reply.body.lang || 'en';
      document.documentElement.lang = lang;
      document.title = w('page.title');
      applyWords(document);
      $('loading').hidden = true;
      route();
    }).catch(function () {
      // Without words there is nothing to say; a retry symbol is all the page can offer.
      $('retryWords').hidden = false;
      $('loading').querySelector('.spinner').hidden = true;
    });
  }

  function route() {
    var id = hashParams().order;
    if (id && (!order || String(order.id) !== id)) openOrder(id);
    else if (!id) showStep1();
  }

  window.addEventListener('hashchange', function () {
    if (!words['page.title']) return;
    var id = hashParams().order;
    if (order && String(order.id) !== id) {
      if (!leaveOrder()) { setHashOrder(order.id); return; }
    }
    route();
  });

  // ---- step 1: which order arrived -----------------------------------------------------------

  function showStep1() {
    order = null;
    $('step2').hidden = true;
    $('step1').hidden = false;
    searchOrders();
  }

  var searchTimer = 0;
  $('search').addEventListener('input', function () {
    notice = '';
    clearTimeout(searchTimer);
    searchTimer = setTimeout(searchOrders, 250);
  });

  function searchOrders() {
    var gen = ++searchGen;
    var q = $('search').value.trim();
    api('GET', 'api/orders?q=' + encodeURIComponent(q) + '&lang=' + encodeURIComponent(lang)).then(function (reply) {
      if (gen !== searchGen) return;
      if (reply.status !== 200 || !reply.body) { listOrders([], trouble(reply)); return; }
      listOrders(reply.body.orders || [], '');
    }, function () {
      if (gen === searchGen) listOrders([], w('error.network'));
    });
  }

  $('search').addEventListener('keydown', function (e) {
    if (e.key !== 'Enter') return;
    clearTimeout(searchTimer);
    searchOrders();
    $('search').blur();
  });

  function listOrders(list, error) {
    show($('ordersError'), error || notice);
    var ul = $('orders');
    ul.textContent = '';
    list.forEach(function (o) {
      var li = document.createElement('li');
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'order';
      b.setAttribute('data-id', o.id);
      b.appendChild(orderSummary(o));
      b.addEventListener('click', function () { setHashOrder(o.id); openOrder(o.id); });
      li.appendChild(b);
      ul.appendChild(li);
    });
    var empty = $('ordersEmpty');
    if (error || list.length) { empty.hidden = true; return; }
    show(empty, $('search').value.trim() ? w('orders.none') : w('orders.noneWaiting'));
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function orderSummary(o) {
    var box = document.createDocumentFragment();
    var top = el('span', 'o-top');
    top.appendChild(el('span', 'o-product', o.product || ''));
    top.appendChild(el('span', 'o-qty', w('order.quantity', number(o.quantity), o.unit)));
    box.appendChild(top);
    box.appendChild(el('span', 'o-number', o.number ? w('order.number', o.number) : w('order.noNumber')));
    box.appendChild(el('span', 'o-factory', o.factory || ''));
    box.appendChild(el('span', 'o-date', w('order.orderedOn', o.orderedOn || '')));
    return box;
  }

  // ---- step 2: the receiving form ------------------------------------------------------------

  function openOrder(id) {
    var gen = ++orderGen;
    $('step1').hidden = true;
    $('step2').hidden = true;
    $('loading').hidden = false;
    api('GET', 'api/orders/' + encodeURIComponent(id) + '?lang=' + encodeURIComponent(lang)).then(function (reply) {
      if (gen !== orderGen) return;
      $('loading').hidden = true;
      if (reply.status !== 200 || !reply.body) { notOpened(trouble(reply)); return; }
      startForm(reply.body);
    }, function () {
      if (gen !== orderGen) return;
      $('loading').hidden = true;
      notOpened(w('error.network'));
    });
  }

  function notOpened(why) {
    notice = why;
    setHashOrder(null);
    showStep1();
    show($('ordersError'), why);
  }

  function startForm(o) {
    order = o;
    clearForm();
    var card = $('orderCard');
    card.textContent = '';
    card.appendChild(orderSummary(o));
    $('arrivedAt').value = o.now || '';
    $('inspectedBy').value = remembered();
    $('unitsOf').textContent = w('units.of', number(o.quantity), o.unit);
    var box = $('packagingChoices');
    box.querySelectorAll('label').forEach(function (l) { l.remove(); });
    (o.packaging || []).forEach(function (p) {
      var label = el('label', 'choice');
      var radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'packaging';
      radio.value = p.code;
      label.appendChild(radio);
      label.appendChild(el('span', '', p.name));
      box.appendChild(label);
    });
    restoreDraft();
    $('saved').hidden = true;
    $('step1').hidden = true;
    $('step2').hidden = false;
    showDifference();
    askPlan();
    $('form').scrollTop = 0;
  }

  function clearForm() {
    FIELDS.forEach(function (f) { var e = $(f); if (e) e.value = ''; });
    photos.forEach(function (p) { if (p.xhr) p.xhr.abort(); URL.revokeObjectURL(p.url); });
    photos = [];
    $('photos').textContent = '';
    defects = [];
    $('defects').textContent = '';
    clearErrors();
    refreshPhotos();
  }

  function remembered() {
    try { return localStorage.getItem(NAME_KEY) || ''; } catch (e) { return ''; }
  }
  $('inspectedBy').addEventListener('input', function () {
    try { localStorage.setItem(NAME_KEY, $('inspectedBy').value); } catch (e) { /* private mode */ }
  });

  function typedSomething() {
    return photos.length > 0 || defects.length > 0 ||
      ['parcelsExpected', 'parcelsReceived', 'unitsReceived', 'packagingNotes', 'unitsSampled',
        'defective', 'defectNotes', 'notifiedAt'].some(function (f) { return $(f).value.trim() !== ''; }) ||
      !!document.querySelector('input[name=packaging]:checked');
  }

  // Leaving an order with answers asks first; photos already sent for it are taken back.
  function leaveOrder() {
    if (typedSomething() && !window.confirm(w('order.leave'))) return false;
    dropDraft();
    photos.forEach(function (p) { if (p.id) api('DELETE', 'api/photos/' + encodeURIComponent(p.id)).catch(function () {}); });
    clearForm();
    order = null;
    return true;
  }

  $('back').addEventListener('click', function () {
    if (!leaveOrder()) return;
    setHashOrder(null);
    showStep1();
  });

  function wholeNumber(text) {
    var t = String(text).trim();
    return /^\d+$/.test(t) ? Number(t) : null;
  }

  function showDifference() {
    var got = wholeNumber($('unitsReceived').value);
    var diff = $('unitsDiff');
    diff.className = 'diff';
    if (got === null || !order) { diff.textContent = ''; return; }
    var want = order.quantity;
    if (got < want) { diff.textContent = w('units.short', number(want - got), order.unit); diff.classList.add('short'); }
    else if (got > want) { diff.textContent = w('units.over', number(got - want), order.unit); diff.classList.add('over'); }
    else { diff.textContent = w('units.exact', number(want), order.unit); diff.classList.add('exact'); }
  }

  $('unitsReceived').addEventListener('input', function () { showDifference(); askPlanSoon(); });
  $('unitsSampled').addEventListener('input', askPlanSoon);
  $('defective').addEventListener('input', askPlanSoon);

  // ---- the AQL sample plan, as the computer works it out -------------------------------------

  var planTimer = 0;
  function askPlanSoon() { clearTimeout(planTimer); planTimer = setTimeout(askPlan, 300); }

  function askPlan() {
    if (!order) return;
    var gen = ++planGen;
    var url = 'api/orders/' + encodeURIComponent(order.id) + '/sample-plan?units=' + encodeURIComponent($('unitsReceived').value.trim()) +
      '&sampled=' + encodeURIComponent($('unitsSampled').value.trim()) + '&defective=' + encodeURIComponent($('defective').value.trim()) +
      '&lang=' + encodeURIComponent(lang);
    api('GET', url).then(function (reply) {
      if (gen !== planGen) return;
      if (reply.status !== 200 || !reply.body) { showPlan([], 'NONE', trouble(reply)); return; }
      showPlan(reply.body.lines || [], reply.body.verdict, reply.body.verdictText);
    }, function () {
      if (gen === planGen) showPlan([], 'NONE', w('error.network'));
    });
  }

  function showPlan(lines, verdict, text) {
    var ul = $('planLines');
    ul.textContent = '';
    lines.forEach(function (line) { ul.appendChild(el('li', '', line)); });
    var v = $('planVerdict');
    v.className = 'verdict ' + String(verdict || 'NONE').toLowerCase();
    show(v, text);
  }

  // ---- photos: each one goes at once, two at a time ------------------------------------------

  function addFiles(input) {
    Array.prototype.forEach.call(input.files || [], function (file) {
      var p = { key: ++photoSeq, file: file, url: URL.createObjectURL(file), name: file.name || 'photo.jpg',
        state: 'sending', waiting: true, loaded: 0, total: file.size, id: null, takenAt: '', error: '' };
      photos.push(p);
      p.el = photoItem(p);
      $('photos').appendChild(p.el);
    });
    input.value = '';
    pump();
    refreshPhotos();
  }
  $('camera').addEventListener('change', function () { addFiles(this); });
  $('gallery').addEventListener('change', function () { addFiles(this); });

  function pump() {
    var running = photos.filter(function (p) { return p.state === 'sending' && !p.waiting; }).length;
    photos.forEach(function (p) {
      if (running < UPLOADS_AT_ONCE && p.state === 'sending' && p.waiting) { running++; upload(p); }
    });
  }

  function upload(p) {
    p.waiting = false;
    if (p.total > LARGEST_PHOTO) { fail(p, w('photos.tooLarge', p.name)); finished(); return; }
    p.loaded = 0;
    p.error = '';
    var xhr = new XMLHttpRequest();
    p.xhr = xhr;
    xhr.open('POST', 'api/photos?order=' + encodeURIComponent(order.id) + '&name=' + encodeURIComponent(p.name) +
      '&lang=' + encodeURIComponent(lang));
    if (p.file.type) xhr.setRequestHeader('Content-Type', p.file.type);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { p.loaded = e.loaded; p.total = e.total; }
      drawPhoto(p);
    };
    xhr.onload = function () {
      p.xhr = null;
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status === 200 && body && body.id) {
        p.state = 'sent';
        p.id = body.id;
        p.takenAt = body.takenAt || '';
      } else {
        fail(p, body && body.error ? body.error : xhr.status === 404 ? w('error.gone') : w('photos.failed', xhr.status));
      }
      finished();
    };
    xhr.onerror = xhr.ontimeout = function () { p.xhr = null; fail(p, w('photos.cutOff')); finished(); };
    xhr.onabort = function () { p.xhr = null; };
    drawPhoto(p);
    xhr.send(p.file);
  }

  function fail(p, words) { p.state = 'failed'; p.error = words; p.id = null; }

  function finished() { pump(); refreshPhotos(); }

  function sendAgain(p) { p.state = 'sending'; p.waiting = true; p.error = ''; pump(); refreshPhotos(); }

  $('resendAll').addEventListener('click', function () {
    photos.forEach(function (p) { if (p.state === 'failed') { p.state = 'sending'; p.waiting = true; p.error = ''; } });
    pump();
    refreshPhotos();
  });

  function removePhoto(p) {
    if (p.xhr) p.xhr.abort();
    if (p.id) api('DELETE', 'api/photos/' + encodeURIComponent(p.id)).catch(function () { /* the computer forgets it in 24 h */ });
    photos = photos.filter(function (q) { return q !== p; });
    p.el.remove();
    URL.revokeObjectURL(p.url);
    defects.forEach(function (d) { d.ticks.delete(p.key); });
    pump();
    refreshPhotos();
  }

  function photoItem(p) {
    var li = el('li', 'photo');
    var img = document.createElement('img');
    img.alt = '';
    img.src = p.url;
    img.onerror = function () { img.replaceWith(el('span', 'thumb none', '▦')); };
    img.className = 'thumb';
    li.appendChild(img);
    var body = el('div', 'p-body');
    body.appendChild(el('span', 'p-name', p.name));
    body.appendChild(el('span', 'p-status'));
    var bar = el('div', 'bar');
    bar.appendChild(el('div', 'fill'));
    body.appendChild(bar);
    var again = el('button', 'btn again', w('photos.sendAgain'));
    again.type = 'button';
    again.addEventListener('click', function () { sendAgain(p); });
    body.appendChild(again);
    li.appendChild(body);
    var x = el('button', 'remove', '×');
    x.type = 'button';
    x.setAttribute('aria-label', w('photos.remove'));
    x.addEventListener('click', function () { removePhoto(p); });
    li.appendChild(x);
    return li;
  }

  function drawPhoto(p) {
    var li = p.el;
    li.setAttribute('data-state', p.state);
    if (p.id) li.setAttribute('data-id', p.id); else li.removeAttribute('data-id');
    var status = li.querySelector('.p-status');
    var percent = p.total ? Math.floor(100 * p.loaded / p.total) : 0;
    if (p.state === 'sent') status.textContent = p.takenAt ? w('photos.takenAt', p.takenAt) : w('photos.takenUnknown');
    else if (p.state === 'failed') status.textContent = p.error;
    else if (p.waiting) status.textContent = w('photos.waiting');
    else if (p.total && p.loaded >= p.total) status.textContent = w('photos.checking');
    else status.textContent = w('photos.sending', percent);
    li.querySelector('.fill').style.width = (p.state === 'sent' ? 100 : percent) + '%';
    li.querySelector('.bar').hidden = p.state !== 'sending';
    li.querySelector('.again').hidden = p.state !== 'failed';
  }

  function refreshPhotos() {
    photos.forEach(drawPhoto);
    var sent = photos.filter(function (p) { return p.state === 'sent'; }).length;
    var failed = photos.filter(function (p) { return p.state === 'failed'; }).length;
    var busy = photos.some(function (p) { return p.state === 'sending'; });
    show($('photosTotal'), photos.length ? w('photos.total', sent, photos.length) : '');
    $('photosTotal').classList.toggle('all', photos.length > 0 && sent === photos.length);
    $('resendAll').hidden = failed === 0;
    defects.forEach(drawTicks);
    $('save').disabled = busy || saving;
    var hint = '';
    if (saving) hint = w('save.saving');
    else if (busy) hint = w('save.waitPhotos', sent, photos.length);
    else if (failed) hint = w('save.failedPhotos', failed);
    show($('saveHint'), hint);
  }

  window.addEventListener('beforeunload', function (e) {
    // Typed answers come back from the draft; the photos on the page would not.
    if (photos.length > 0) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  // ---- defects by kind -----------------------------------------------------------------------

  $('addDefect').addEventListener('click', function () {
    addDefectRow('', '').el.querySelector('.kind').focus();
  });

  function addDefectRow(kind, count) {
    var node = document.importNode($('defectRow').content, true).firstElementChild;
    applyWords(node);
    var select = node.querySelector('.kind');
    select.appendChild(option('', w('defects.chooseKind')));
    (order.defectKinds || []).forEach(function (k) { select.appendChild(option(k.code, k.name)); });
    select.value = kind;
    node.querySelector('.defect-count').value = count;
    var d = { el: node, ticks: new Set() };
    node.querySelector('.remove').addEventListener('click', function () {
      defects = defects.filter(function (x) { return x !== d; });
      node.remove();
      keepDraft();
    });
    defects.push(d);
    $('defects').appendChild(node);
    drawTicks(d);
    return d;
  }

  // ---- what was typed survives a reload of the page; photos cannot, the page holds no files ----

  function draftKey() { return 'dossier.draft.' + order.id; }

  function keepDraft() {
    if (!order) return;
    try { sessionStorage.setItem(draftKey(), JSON.stringify(record())); } catch (e) { /* private mode */ }
  }

  function restoreDraft() {
    var draft = null;
    try { draft = JSON.parse(sessionStorage.getItem(draftKey()) || 'null'); } catch (e) { draft = null; }
    if (!draft) return;
    FIELDS.forEach(function (f) { if ($(f) && typeof draft[f] === 'string') $(f).value = draft[f]; });
    document.querySelectorAll('input[name=packaging]').forEach(function (r) { r.checked = r.value === draft.packaging; });
    (draft.defects || []).forEach(function (x) { addDefectRow(String(x.kind || ''), String(x.count || '')); });
  }

  function dropDraft() {
    if (!order) return;
    try { sessionStorage.removeItem(draftKey()); } catch (e) { /* private mode */ }
  }

  $('form').addEventListener('input', keepDraft);
  $('form').addEventListener('change', keepDraft);

  function option(value, text) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    return o;
  }

  function drawTicks(d) {
    var box = d.el.querySelector('.ticks');
    box.textContent = '';
    d.el.querySelector('.ticks-hint').hidden = photos.length === 0;
    photos.forEach(function (p) {
      var label = el('label', 'tick');
      var box2 = document.createElement('input');
      box2.type = 'checkbox';
      box2.checked = d.ticks.has(p.key);
      box2.addEventListener('change', function () { if (box2.checked) d.ticks.add(p.key); else d.ticks.delete(p.key); });
      label.appendChild(box2);
      var img = document.createElement('img');
      img.src = p.url;
      img.alt = p.name;
      img.onerror = function () { img.replaceWith(el('span', 'thumb none', '▦')); };
      label.appendChild(img);
      box.appendChild(label);
    });
  }

  // ---- save ----------------------------------------------------------------------------------

  function clearErrors() {
    show($('formError'), '');
    document.querySelectorAll('.field-error').forEach(function (e) { show(e, ''); });
    document.querySelectorAll('.invalid').forEach(function (e) { e.classList.remove('invalid'); });
  }

  function record() {
    var out = {};
    FIELDS.forEach(function (f) { if ($(f)) out[f] = $(f).value; });
    var checked = document.querySelector('input[name=packaging]:checked');
    out.packaging = checked ? checked.value : '';
    out.inspectedBy = $('inspectedBy').value;
    var idOf = {};
    photos.forEach(function (p) { if (p.state === 'sent') idOf[p.key] = p.id; });
    out.defects = defects.map(function (d) {
      return {
        kind: d.el.querySelector('.kind').value,
        count: d.el.querySelector('.defect-count').value,
        photos: Array.from(d.ticks).filter(function (k) { return idOf[k]; }).map(function (k) { return idOf[k]; })
      };
    });
    out.photos = photos.filter(function (p) { return p.state === 'sent'; }).map(function (p) { return p.id; });
    return out;
  }

  $('save').addEventListener('click', function () {
    if (!order || saving) return;
    clearErrors();
    saving = true;
    refreshPhotos();
    var saved = order;
    api('POST', 'api/orders/' + encodeURIComponent(order.id) + '/receiving?lang=' + encodeURIComponent(lang), record())
      .then(function (reply) {
        saving = false;
        refreshPhotos();
        if (order !== saved) return;
        if (reply.status === 200 && reply.body) { done(reply.body.saved || ''); return; }
        if (reply.status === 422 && reply.body) { refused(reply.body); return; }
        if (reply.status === 409 && reply.body) { missing(reply.body); return; }
        general(trouble(reply));
      }, function () {
        saving = false;
        refreshPhotos();
        general(w('save.network'));
      });
  });

  function general(text) {
    show($('formError'), text);
    $('formError').scrollIntoView({ block: 'center' });
  }

  function refused(body) {
    show($('formError'), body.error || w('save.fix'));
    var fields = body.fields || {};
    var extra = [];
    Object.keys(fields).forEach(function (key) {
      var slot = document.querySelector('.field-error[data-for="' + key + '"]');
      if (!slot) { extra.push(fields[key]); return; }
      show(slot, fields[key]);
      var input = $(key);
      if (input) input.classList.add('invalid');
      if (key === 'packaging') $('packagingChoices').classList.add('invalid');
    });
    extra.forEach(function (text) { $('formError').appendChild(el('span', 'extra', text)); });
    var first = document.querySelector('.field-error:not([hidden])');
    var target = first || $('formError');
    target.scrollIntoView({ block: 'center' });
    var input = first && $(first.getAttribute('data-for'));
    if (input && input.focus) input.focus({ preventScroll: true });
  }

  function missing(body) {
    var gone = body.missingPhotos || [];
    photos.forEach(function (p) { if (p.id && gone.indexOf(p.id) >= 0) fail(p, w('photos.missing')); });
    refreshPhotos();
    show($('formError'), body.error || w('photos.missing'));
    var first = document.querySelector('.photo[data-state=failed]');
    (first || $('formError')).scrollIntoView({ block: 'center' });
  }

  function done(text) {
    dropDraft();
    photos.forEach(function (p) { URL.revokeObjectURL(p.url); });
    photos = [];
    clearForm();
    order = null;
    setHashOrder(null);
    $('search').value = '';
    showStep1();
    show($('saved'), text);
    $('step1').scrollTop = 0;
  }

  $('retryWords').addEventListener('click', loadWords);
  loadWords();
})();
