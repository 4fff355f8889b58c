/*
 * Transmettre un document (R-E3, R-E9): after the form's Continuer has started the deposit (Faces
 * AJAX; the bean checks every field), sends the file's bytes to /app/echange/televersements with the
 * tus protocol (tus-js-client), with a progress bar (percentage, bytes, time left) and Annuler.
 * An interrupted upload (network break, closed laptop, page reloaded) is remembered in localStorage
 * under the file's fingerprint (project, name, size, date); choosing the same file again asks the
 * server where it stands (HEAD) and Continuer resumes from there, without sending again what it has.
 */
(function () {
  'use strict';

  var PREFIX = 'portail.televersement.';
  var CHUNK = 64 * 1024 * 1024;
  var current = null;

  function fileInput() {
    return document.getElementById('transmettre-fichier');
  }

  function theForm() {
    var input = fileInput();
    return input ? input.form : null;
  }

  function part(form, selector) {
    return form.querySelector(selector);
  }

  function text(form, name) {
    return form.getAttribute('data-' + name) || '';
  }

  function fill(template, values) {
    return template.replace(/\{(\d+)\}/g, function (match, index) {
      return values[Number(index)];
    });
  }

  function french(form) {
    return text(form, 'langue').indexOf('en') !== 0;
  }

  /** "2,97 Ko" as the lists show sizes (powers of 1024, two decimals at most). */
  function size(form, bytes) {
    var units = french(form) ? ['octets', 'Ko', 'Mo', 'Go'] : ['bytes', 'KB', 'MB', 'GB'];
    var value = bytes;
    var unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    var shown = (Math.round(value * 100) / 100).toString();
    return (french(form) ? shown.replace('.', ',') : shown) + ' ' + units[unit];
  }

  function duration(seconds) {
    seconds = Math.max(0, Math.round(seconds));
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var rest = seconds % 60;
    if (hours > 0) {
      return hours + ' h ' + minutes + ' min';
    }
    if (minutes > 0) {
      return minutes + ' min ' + rest + ' s';
    }
    return rest + ' s';
  }

  function fingerprint(form, file) {
    return PREFIX + text(form, 'projet') + ':' + file.name + ':' + file.size + ':' + file.lastModified;
  }

  function remember(key, url) {
    try {
      if (url) {
        window.localStorage.setItem(key, url);
      } else {
        window.localStorage.removeItem(key);
      }
    } catch (e) {
      // No storage (private browsing): the upload still works, it just cannot resume after a reload.
    }
  }

  function remembered(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function show(element, visible) {
    if (visible) {
      element.removeAttribute('hidden');
    } else {
      element.setAttribute('hidden', 'hidden');
    }
  }

  function result(form, title, detail, kind) {
    var box = part(form, '#transmettre-resultat');
    box.textContent = '';
    box.className = 'transmettre-resultat ' + (kind || '');
    if (title) {
      var strong = document.createElement('strong');
      strong.textContent = title;
      box.appendChild(strong);
    }
    if (detail) {
      box.appendChild(document.createTextNode((title ? ' ' : '') + detail));
    }
  }

  function busy(form, on) {
    ['[id$=":continuer"]', '[id$=":effacer"]'].forEach(function (selector) {
      var button = part(form, selector);
      if (button) {
        button.disabled = on;
      }
    });
    fileInput().disabled = on;
    show(part(form, '.transmettre-progression'), on);
  }

  function zipFields(form) {
    var zip = part(form, '.transmettre-zip');
    form.querySelectorAll('.transmettre-motdepasse').forEach(function (field) {
      show(field, zip && zip.checked);
    });
  }

  function counter(form) {
    var note = part(form, '.transmettre-note');
    var shown = part(form, '#transmettre-compteur');
    if (note && shown) {
      shown.textContent = note.value.length + ' / ' + note.getAttribute('maxlength');
    }
  }

  /** What the chosen file is: its name and size go with Continuer; is it an interrupted upload? */
  function chosen(form) {
    var file = fileInput().files[0];
    part(form, '[data-role="nom"]').value = file ? file.name : '';
    part(form, '[data-role="taille"]').value = file ? String(file.size) : '';
    var notice = part(form, '#transmettre-reprise');
    show(notice, false);
    form.__resume = null;
    result(form, '', '');
    if (!file) {
      return;
    }
    var key = fingerprint(form, file);
    var url = remembered(key);
    if (!url) {
      return;
    }
    window
      .fetch(url, {
        method: 'HEAD',
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { 'Tus-Resumable': '1.0.0' }
      })
      .then(function (response) {
        var length = Number(response.headers.get('Upload-Length'));
        var offset = Number(response.headers.get('Upload-Offset'));
        if (!response.ok || length !== file.size || offset >= length) {
          remember(key, null);
          return;
        }
        if (fileInput().files[0] !== file) {
          return;
        }
        form.__resume = url;
        notice.textContent = fill(text(form, 'reprise'), [Math.floor((offset * 100) / length)]);
        show(notice, true);
      })
      .catch(function () {
        // Offline: Continuer will try again from where the server stands.
        form.__resume = url;
      });
  }

  /** Sends the file's bytes to the upload the server started, from where it stands (R-E9). */
  function send(form, url) {
    var file = fileInput().files[0];
    var key = fingerprint(form, file);
    remember(key, url);
    var bar = part(form, '#transmettre-barre');
    var state = part(form, '#transmettre-etat');
    var since = null;
    var from = 0;
    var cancelled = false;
    bar.value = 0;
    state.textContent = '';
    result(form, '', '');
    show(part(form, '#transmettre-reprise'), false);
    busy(form, true);
    var upload = new window.tus.Upload(file, {
      uploadUrl: url,
      chunkSize: CHUNK,
      retryDelays: [0, 1000, 3000, 5000],
      storeFingerprintForResuming: false,
      removeFingerprintOnSuccess: false,
      onProgress: function (sent, total) {
        var now = Date.now();
        if (since === null) {
          since = now;
          from = sent;
        }
        var percent = total > 0 ? Math.floor((sent * 100) / total) : 100;
        var rate = (sent - from) / Math.max(1, now - since);
        var left =
          rate > 0 && now - since > 500 ? duration((total - sent) / rate / 1000) : text(form, 'calcul');
        bar.value = percent;
        state.textContent = fill(text(form, 'progression'), [
          percent,
          size(form, sent),
          size(form, total),
          left
        ]);
      },
      onSuccess: function () {
        current = null;
        remember(key, null);
        busy(form, false);
        bar.value = 100;
        fileInput().value = '';
        var clear = part(form, '[id$=":effacer"]');
        if (clear) {
          clear.click();
        }
        result(
          form,
          text(form, 'transmis'),
          fill(text(form, 'transmis-detail'), [file.name]),
          'info'
        );
        if (window.rafraichirTransfert) {
          window.rafraichirTransfert();
        }
      },
      onError: function (error) {
        current = null;
        busy(form, false);
        if (cancelled) {
          return;
        }
        var status = error && error.originalResponse ? error.originalResponse.getStatus() : 0;
        if (status === 413 || status === 404 || status === 422) {
          remember(key, null);
          result(form, '', text(form, status === 413 ? 'refuse' : 'erreur'), 'error');
        } else {
          result(form, '', text(form, 'interrompu'), 'error');
        }
      }
    });
    current = {
      abort: function () {
        cancelled = true;
        remember(key, null);
        return upload.abort(true);
      }
    };
    upload.start();
  }

  function continuer(event) {
    var form = theForm();
    if (!form || current) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    var file = fileInput().files[0];
    part(form, '[data-role="nom"]').value = file ? file.name : '';
    part(form, '[data-role="taille"]').value = file ? String(file.size) : '';
    if (file && form.__resume) {
      // An interrupted upload of this very file: the server already has its recipients and note.
      event.preventDefault();
      event.stopPropagation();
      var url = form.__resume;
      form.__resume = null;
      send(form, url);
    }
  }

  function started() {
    var form = theForm();
    var start = form && part(form, '.transmettre-depart');
    var url = start ? start.getAttribute('data-televersement') : '';
    if (url && fileInput().files[0]) {
      send(form, url);
    }
  }

  document.addEventListener(
    'click',
    function (event) {
      var target = event.target;
      var form = theForm();
      if (!form || !target || !form.contains(target)) {
        return;
      }
      if (target.id && /:continuer$/.test(target.id)) {
        continuer(event);
      } else if (target.id && /:effacer$/.test(target.id)) {
        fileInput().value = '';
        chosen(form);
      } else if (target.id === 'transmettre-annuler' && current) {
        current.abort().then(
          function () {
            busy(form, false);
            result(form, '', text(form, 'annule'), 'info');
          },
          function () {
            busy(form, false);
          }
        );
      }
    },
    true
  );

  document.addEventListener('change', function (event) {
    var form = theForm();
    if (!form) {
      return;
    }
    if (event.target === fileInput()) {
      chosen(form);
    } else if (event.target.classList && event.target.classList.contains('transmettre-zip')) {
      zipFields(form);
    }
  });

  document.addEventListener('input', function (event) {
    var form = theForm();
    if (form && event.target.classList && event.target.classList.contains('transmettre-note')) {
      counter(form);
    }
  });

  function init() {
    var form = theForm();
    if (form) {
      zipFields(form);
      counter(form);
    }
    // The form's Continuer and Effacer answer through PrimeFaces' AJAX (p:ajax: its partial
    // responses carry the page's script nonce, which the Content Security Policy requires).
    if (window.jQuery && window.PrimeFaces) {
      window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings) {
        var form = theForm();
        if (form) {
          zipFields(form);
          counter(form);
        }
        var source = window.PrimeFaces.ajax.Utils.getSourceId(settings);
        if (source && /:continuer$/.test(source)) {
          started();
        }
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
