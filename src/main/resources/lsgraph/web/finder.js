// The finder: asks /api/search and shows one card per entry point. All text goes in with
// textContent, so markup in data or in the query is shown, never run.
(function () {
  const form = document.getElementById('search-form');
  const results = document.getElementById('results');
  const summary = document.getElementById('summary');
  const facets = ['kind', 'area', 'place', 'status'];

  function label(l) { return l.sv || l.en || l.value; }

  function localHref(iri) {
    const base = 'https://w3id.org/lsgraph/id/';
    return iri.startsWith(base) ? '/id/' + iri.substring(base.length) : iri;
  }

  function field(card, name, title) {
    const values = card.fields[name] || [];
    const dt = document.createElement('dt');
    dt.textContent = title;
    const dd = document.createElement('dd');
    dd.className = 'field-' + name;
    if (values.length === 0) {
      dd.textContent = name === 'wayIn' ? 'okänd / unknown' : '–';
    } else {
      values.forEach((v, i) => {
        if (i > 0) dd.appendChild(document.createTextNode(', '));
        // Only http(s) and mailto ways in become links: a javascript: IRI in the data stays text.
        if (name === 'wayIn' && /^(https?:\/\/|mailto:)/i.test(v.value)) {
          const a = document.createElement('a');
          a.href = v.value; a.textContent = v.value; dd.appendChild(a);
        } else if (name === 'wayIn') {
          dd.appendChild(document.createTextNode(v.value));
        } else {
          dd.appendChild(document.createTextNode(label(v)));
        }
      });
    }
    return [dt, dd];
  }

  function card(c) {
    const li = document.createElement('li');
    li.className = 'card';
    const h3 = document.createElement('h3');
    const a = document.createElement('a');
    a.href = localHref(c.iri);
    a.textContent = label(c.label);
    h3.appendChild(a);
    li.appendChild(h3);
    const dl = document.createElement('dl');
    [['kind', 'Typ / Kind'], ['owner', 'Drivs av / Run by'], ['proposedBy', 'Föreslås av / Proposed by'],
     ['place', 'Plats / Place'], ['offer', 'Erbjuder / Offers'], ['audience', 'För / For'],
     ['area', 'Område / Area'], ['status', 'Status'], ['wayIn', 'Väg in / Way in'],
     ['document', 'Källor / Sources']].forEach(([name, title]) => {
      if (name === 'proposedBy' && !(c.fields[name] || []).length) return;
      field(c, name, title).forEach(el => dl.appendChild(el));
    });
    li.appendChild(dl);
    return li;
  }

  async function search() {
    const params = new URLSearchParams();
    params.set('q', document.getElementById('q').value);
    facets.forEach(f => { const v = document.getElementById(f).value; if (v) params.set(f, v); });
    summary.textContent = 'Söker… / Searching…';
    const response = await fetch('/api/search?' + params.toString());
    const body = await response.json();
    results.textContent = '';
    if (!response.ok) { summary.textContent = body.error; return; }
    body.results.forEach(c => results.appendChild(card(c)));
    summary.textContent = body.count + ' träffar / results';
    history.replaceState(null, '', '/?' + params.toString());
  }

  async function loadFacets() {
    const response = await fetch('/api/search/facets');
    const values = await response.json();
    facets.forEach(f => (values[f] || []).forEach(v => {
      const option = document.createElement('option');
      option.value = v.value;
      option.textContent = label(v);
      document.getElementById(f).appendChild(option);
    }));
  }

  form.addEventListener('submit', e => { e.preventDefault(); search(); });
  loadFacets().then(() => {
    const initial = new URLSearchParams(location.search);
    if (initial.has('q')) {
      document.getElementById('q').value = initial.get('q');
      facets.forEach(f => { if (initial.has(f)) document.getElementById(f).value = initial.get(f); });
      search();
    }
  });
})();
