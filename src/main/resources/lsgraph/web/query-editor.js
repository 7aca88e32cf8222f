// A small SPARQL editor: posts the query to the endpoint and shows the results as a table.
(function () {
  const form = document.getElementById('query-form');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  const endpoint = '/lsgraph/sparql';

  function cell(term) {
    const td = document.createElement('td');
    if (!term) return td;
    if (term.type === 'uri') {
      const a = document.createElement('a');
      a.href = term.value;
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value + (term['xml:lang'] ? ' @' + term['xml:lang'] : '');
    }
    return td;
  }

  function table(json) {
    const t = document.createElement('table');
    const head = t.createTHead().insertRow();
    json.head.vars.forEach(v => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = v;
      head.appendChild(th);
    });
    const body = t.createTBody();
    json.results.bindings.forEach(b => {
      const row = body.insertRow();
      json.head.vars.forEach(v => row.appendChild(cell(b[v])));
    });
    return t;
  }

  // The query catalogue (/api/queries) as examples; parameters keep their ?variables.
  const examples = document.getElementById('examples');
  fetch('/api/queries').then(r => r.json()).then(list => {
    list.forEach(q => {
      const option = document.createElement('option');
      option.value = q.sparql;
      option.textContent = q.name + ' – ' + q.summary;
      examples.appendChild(option);
    });
  }).catch(() => {});
  examples.addEventListener('change', () => {
    if (examples.value) document.getElementById('query').value = examples.value;
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = 'Kör… / Running…';
    results.textContent = '';
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json, text/turtle;q=0.9'},
        body: new URLSearchParams({query: document.getElementById('query').value})
      });
      const type = response.headers.get('Content-Type') || '';
      if (!response.ok) {
        status.textContent = 'Fel / Error ' + response.status;
        const pre = document.createElement('pre');
        pre.textContent = await response.text();
        results.appendChild(pre);
      } else if (type.includes('json')) {
        const json = await response.json();
        if ('boolean' in json) {
          results.textContent = String(json.boolean);
          status.textContent = '';
        } else {
          results.appendChild(table(json));
          status.textContent = json.results.bindings.length + ' rader / rows';
        }
      } else {
        const pre = document.createElement('pre');
        pre.textContent = await response.text();
        results.appendChild(pre);
        status.textContent = '';
      }
    } catch (e) {
      status.textContent = 'Fel / Error: ' + e.message;
    }
  });
})();
