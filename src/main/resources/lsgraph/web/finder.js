// The finder: asks /api/search and shows one card per entry point, then what the region said about
// the need. Answers in the language the API chose for the need (Swedish or English). An empty
// answer shows the nearest known words and where the entry points are (filter values with counts).
// All text goes in with textContent, so markup in data or in the query is shown, never run.
(function () {
  const form = document.getElementById('search-form');
  const results = document.getElementById('results');
  const summary = document.getElementById('summary');
  const facets = ['kind', 'area', 'place', 'status'];
  const MAX_WAITS = 30;

  const TEXT = {
    sv: {
      kind: 'Typ', owner: 'Drivs av', proposedBy: 'Föreslås av', place: 'Plats', offer: 'Erbjuder',
      audience: 'För', area: 'Område', status: 'Status', wayIn: 'Väg in', document: 'Källor',
      unknown: 'okänd', results: n => n + ' träffar', searching: 'Söker…',
      building: p => 'Sökindexet byggs (' + p.phase + (p.total ? ', ' + p.done + ' av ' + p.total : '') + '). Försöker igen…',
      said: 'Vad regionen har sagt om detta', topic: 'Ämne', raisedBy: 'Framfört av', text: 'Text',
      nothing: 'Inga träffar.', nearest: 'Närmaste ord:', where: 'Här finns resurserna:', updating: ' (sökindexet uppdateras)'
    },
    en: {
      kind: 'Kind', owner: 'Run by', proposedBy: 'Proposed by', place: 'Place', offer: 'Offers',
      audience: 'For', area: 'Area', status: 'Status', wayIn: 'Way in', document: 'Sources',
      unknown: 'unknown', results: n => n + ' results', searching: 'Searching…',
      building: p => 'The search index is being built (' + p.phase + (p.total ? ', ' + p.done + ' of ' + p.total : '') + '). Trying again…',
      said: 'What the region said about this', topic: 'Topic', raisedBy: 'Raised by', text: 'Text',
      nothing: 'No results.', nearest: 'Nearest words:', where: 'Where the resources are:', updating: ' (the search index is being updated)'
    }
  };

  function label(l, lang) { return (lang === 'en' ? (l.en || l.sv) : (l.sv || l.en)) || l.value; }

  // An English label that is lsgraph's own name (not an official one) is shown with a mark, its
  // text from the server's message bundles (body.texts).
  function labelled(l, lang, c, texts) {
    const text = document.createTextNode(label(l, lang));
    const shownInEnglish = lang === 'en' && l.en;
    if (!shownInEnglish || !(c.englishByLsgraph || []).includes(l.value)) return [text];
    const mark = el('small', 'by-lsgraph', ' ' + texts.englishByLsgraph);
    mark.title = texts.englishByLsgraphExplained;
    return [text, mark];
  }

  function localHref(iri) {
    const base = 'https://w3id.org/lsgraph/id/';
    return iri.startsWith(base) ? '/id/' + iri.substring(base.length) : iri;
  }

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function field(card, name, lang, texts) {
    const t = TEXT[lang];
    const values = card.fields[name] || [];
    const dd = el('dd', 'field-' + name);
    if (values.length === 0) {
      dd.textContent = name === 'wayIn' ? t.unknown : '–';
    } else {
      values.forEach((v, i) => {
        if (i > 0) dd.appendChild(document.createTextNode(', '));
        // Only http(s) and mailto ways in become links: a javascript: IRI in the data stays text.
        if (name === 'wayIn' && /^(https?:\/\/|mailto:)/i.test(v.value)) {
          const a = el('a', null, v.value);
          a.href = v.value;
          dd.appendChild(a);
        } else if (name === 'wayIn') {
          dd.appendChild(document.createTextNode(v.value));
        } else {
          labelled(v, lang, card, texts).forEach(n => dd.appendChild(n));
        }
      });
    }
    return [el('dt', null, t[name]), dd];
  }

  function card(c, names, lang, said, texts) {
    const li = el('li', said ? 'card said' : 'card');
    const h3 = el('h3');
    const [name, mark] = labelled(c.label, lang, c, texts);
    const a = el('a');
    a.appendChild(name);
    a.href = localHref(c.iri);
    h3.appendChild(a);
    if (mark) h3.appendChild(mark);
    li.appendChild(h3);
    const dl = el('dl');
    names.forEach(name => {
      if ((name === 'proposedBy' || said) && !(c.fields[name] || []).length) return;
      field(c, name, lang, texts).forEach(e => dl.appendChild(e));
    });
    li.appendChild(dl);
    return li;
  }

  function saidSection() {
    let section = document.getElementById('said-section');
    if (!section) {
      section = el('section');
      section.id = 'said-section';
      section.appendChild(el('h2'));
      const list = el('ol', 'cards');
      list.id = 'said';
      section.appendChild(list);
      results.closest('section').after(section);
    }
    return section;
  }

  function showEmpty(body, lang) {
    const t = TEXT[lang];
    const li = el('li', 'empty');
    li.appendChild(el('p', null, t.nothing));
    if (body.suggestions.length) {
      const p = el('p', 'nearest', t.nearest + ' ');
      body.suggestions.forEach(s => s.nearest.forEach(word => {
        const a = el('a', null, word);
        a.href = '/?q=' + encodeURIComponent(word);
        p.appendChild(a);
        p.appendChild(document.createTextNode(' '));
      }));
      li.appendChild(p);
    }
    li.appendChild(el('p', null, t.where));
    const dl = el('dl', 'facet-counts');
    facets.forEach(f => {
      const counts = body.facets[f] || [];
      if (!counts.length) return;
      dl.appendChild(el('dt', null, t[f]));
      const dd = el('dd', 'facet-' + f);
      counts.forEach((c, i) => {
        if (i > 0) dd.appendChild(document.createTextNode(', '));
        const choose = el('button', 'facet-value', label(c.value, lang) + ' (' + c.count + ')');
        choose.type = 'button';
        choose.addEventListener('click', () => {
          // Counts over everything (the words matched nothing): show what has this value instead.
          if (body.matched === 0) document.getElementById('q').value = '';
          document.getElementById(f).value = c.value.value;
          search(0);
        });
        dd.appendChild(choose);
      });
      dl.appendChild(dd);
    });
    li.appendChild(dl);
    results.appendChild(li);
  }

  async function search(waits) {
    const params = new URLSearchParams();
    params.set('q', document.getElementById('q').value);
    facets.forEach(f => { const v = document.getElementById(f).value; if (v) params.set(f, v); });
    summary.textContent = TEXT.sv.searching + ' / ' + TEXT.en.searching;
    const response = await fetch('/api/search?' + params.toString());
    const body = await response.json();
    results.textContent = '';
    if (response.status === 503 && body.status === 'building' && waits < MAX_WAITS) {
      summary.textContent = TEXT.sv.building(body) + ' / ' + TEXT.en.building(body);
      setTimeout(() => search(waits + 1), 2000);
      return;
    }
    if (!response.ok) { summary.textContent = body.error; return; }
    const lang = body.lang === 'en' ? 'en' : 'sv';
    const t = TEXT[lang];
    document.documentElement.lang = lang;
    body.results.forEach(c => results.appendChild(card(c,
      ['kind', 'owner', 'proposedBy', 'place', 'offer', 'audience', 'area', 'status', 'wayIn', 'document'], lang, false, body.texts)));
    if (body.count === 0) showEmpty(body, lang);
    const section = saidSection();
    section.querySelector('h2').textContent = t.said;
    const said = section.querySelector('#said');
    said.textContent = '';
    body.said.forEach(c => said.appendChild(card(c, ['kind', 'text', 'topic', 'raisedBy', 'document'], lang, true, body.texts)));
    section.hidden = body.said.length === 0;
    summary.textContent = t.results(body.count) + (body.updating ? t.updating : '');
    history.replaceState(null, '', '/?' + params.toString());
  }

  async function loadFacets(waits) {
    const response = await fetch('/api/search/facets');
    if (response.status === 503 && waits < MAX_WAITS) {
      await new Promise(resolve => setTimeout(resolve, 2000));
      return loadFacets(waits + 1);
    }
    const values = await response.json();
    facets.forEach(f => (values[f] || []).forEach(v => {
      const option = document.createElement('option');
      option.value = v.value;
      option.textContent = label(v, 'sv');
      document.getElementById(f).appendChild(option);
    }));
  }

  form.addEventListener('submit', e => { e.preventDefault(); search(0); });
  loadFacets(0).then(() => {
    const initial = new URLSearchParams(location.search);
    if (initial.has('q')) {
      document.getElementById('q').value = initial.get('q');
      facets.forEach(f => { if (initial.has(f)) document.getElementById(f).value = initial.get(f); });
      search(0);
    }
  });
})();
