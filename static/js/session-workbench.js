/* The session's workbench (sessions/workbench.py, templates/admin/meetings/session/
   agenda_editor.html): the agenda editor's language switch, moving rows (drag and drop, or
   the move buttons) with the labels renumbered (1, 1(a), 1(b), 2, ...), the programme slots'
   items chosen and ordered in place, and the time zone note once, beside a time.

   The server reads the labels and the order of each slot's selected options; nothing here
   is needed to save a page, only to make it quick to edit. The page's translated words come
   from the editor's data-* attributes. */
(function () {
  "use strict";

  // The time zone note (Django's DateTimeShortcuts) beside the first time field only: dates
  // have no time zone, and one note says it for the page.
  function noteTimeZoneOnce() {
    var shortcuts = window.DateTimeShortcuts;
    if (!shortcuts || shortcuts.noteOnce) {
      return;
    }
    var add = shortcuts.addTimezoneWarning;
    shortcuts.addTimezoneWarning = function (input) {
      if (!input.classList.contains("vTimeField")) {
        return;
      }
      if (document.querySelector("." + shortcuts.timezoneWarningClass)) {
        return;
      }
      add.call(shortcuts, input);
    };
    shortcuts.noteOnce = true;
  }

  // --- The agenda editor -------------------------------------------------------------------

  function rowsOf(editor) {
    return Array.prototype.filter.call(
      editor.querySelectorAll(".agenda-row"),
      function (row) {
        return !row.classList.contains("empty-form");
      }
    );
  }

  function labelInput(row) {
    return row.querySelector("input.agenda-label");
  }

  function isSubItem(row) {
    return row.classList.contains("is-sub-item");
  }

  function letterOf(index) {
    // a ... z, then aa, ab, ...
    var letters = "";
    index += 1;
    while (index > 0) {
      var rest = (index - 1) % 26;
      letters = String.fromCharCode(97 + rest) + letters;
      index = Math.floor((index - 1) / 26);
    }
    return letters;
  }

  // Every row's label from its place: items 1, 2, ...; sub-items (a), (b), ... of the item
  // above them.
  function renumber(editor) {
    var number = 0;
    var letter = 0;
    rowsOf(editor).forEach(function (row) {
      var input = labelInput(row);
      if (!input) {
        return;
      }
      if (isSubItem(row) && number > 0) {
        input.value = number + "(" + letterOf(letter) + ")";
        letter += 1;
      } else {
        row.classList.remove("is-sub-item");
        number += 1;
        letter = 0;
        input.value = String(number);
      }
    });
    updateSlotLabels(editor);
    updateMoveButtons(editor);
  }

  // The rows that move together: an item with its sub-items, or one sub-item.
  function blockOf(editor, row) {
    var rows = rowsOf(editor);
    var start = rows.indexOf(row);
    if (isSubItem(row)) {
      return rows.slice(start, start + 1);
    }
    var end = start + 1;
    while (end < rows.length && isSubItem(rows[end])) {
      end += 1;
    }
    return rows.slice(start, end);
  }

  function blockStart(editor, row) {
    var rows = rowsOf(editor);
    var index = rows.indexOf(row);
    while (index > 0 && isSubItem(rows[index])) {
      index -= 1;
    }
    return rows[index];
  }

  function insertBlock(block, reference, after) {
    var parent = reference.parentNode;
    var anchor = after ? reference.nextSibling : reference;
    block.forEach(function (moved) {
      parent.insertBefore(moved, anchor);
    });
  }

  // Move ``row`` (with its sub-items, for an item) one place up (-1) or down (+1).
  function move(editor, row, step) {
    var block = blockOf(editor, row);
    var rows = rowsOf(editor);
    var first = rows.indexOf(block[0]);
    var last = rows.indexOf(block[block.length - 1]);
    if (isSubItem(row)) {
      if (step < 0 && first > 1) {
        insertBlock(block, rows[first - 1], false);
      } else if (step > 0 && last < rows.length - 1) {
        insertBlock(block, rows[last + 1], true);
      } else {
        return false;
      }
    } else if (step < 0 && first > 0) {
      insertBlock(block, blockStart(editor, rows[first - 1]), false);
    } else if (step > 0 && last < rows.length - 1) {
      var next = blockOf(editor, rows[last + 1]);
      insertBlock(block, next[next.length - 1], true);
    } else {
      return false;
    }
    return true;
  }

  function announce(editor, row) {
    var announcer = editor.querySelector(".agenda-announcer");
    if (announcer) {
      announcer.textContent = editor.dataset.moved.replace("%(label)s", labelInput(row).value);
    }
  }

  function updateMoveButtons(editor) {
    var rows = rowsOf(editor);
    rows.forEach(function (row, index) {
      var up = row.querySelector(".agenda-up");
      var down = row.querySelector(".agenda-down");
      if (!up || !down) {
        return;
      }
      var block = blockOf(editor, row);
      var last = rows.indexOf(block[block.length - 1]);
      up.disabled = isSubItem(row) ? index < 2 : index === 0;
      down.disabled = last === rows.length - 1;
    });
  }

  // The language whose titles and annotations show; one chosen by a click is kept for the
  // tab's next pages (otherwise the admin's own language shows).
  function setLanguage(editor, language, remember) {
    editor.dataset.language = language;
    editor.querySelectorAll(".agenda-language").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.language === language));
    });
    if (!remember) {
      return;
    }
    try {
      window.sessionStorage.setItem("agenda-editor-language", language);
    } catch (error) {
      // Storage refused (private window): the choice lasts for this page only.
    }
  }

  function initialLanguage(editor) {
    var stored = null;
    try {
      stored = window.sessionStorage.getItem("agenda-editor-language");
    } catch (error) {
      stored = null;
    }
    var known = Array.prototype.map.call(
      editor.querySelectorAll(".agenda-language"),
      function (button) {
        return button.dataset.language;
      }
    );
    if (stored && known.indexOf(stored) >= 0) {
      return stored;
    }
    return known.indexOf(editor.dataset.language) >= 0 ? editor.dataset.language : "en";
  }

  function nextNumber(editor, except) {
    var highest = 0;
    rowsOf(editor).forEach(function (row) {
      var match = /^\s*(\d+)/.exec(labelInput(row).value || "");
      if (row !== except && match) {
        highest = Math.max(highest, parseInt(match[1], 10));
      }
    });
    return highest + 1;
  }

  function setUpDragging(editor) {
    var dragged = null;

    function clearMarks() {
      editor.querySelectorAll(".drop-before, .drop-after").forEach(function (row) {
        row.classList.remove("drop-before", "drop-after");
      });
    }

    editor.addEventListener("dragstart", function (event) {
      var handle = event.target.closest && event.target.closest(".agenda-handle");
      if (!handle) {
        return;
      }
      dragged = handle.closest(".agenda-row");
      dragged.classList.add("is-dragged");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", labelInput(dragged).value);
      event.dataTransfer.setDragImage(dragged, 20, 20);
    });
    editor.addEventListener("dragover", function (event) {
      var target = event.target.closest && event.target.closest(".agenda-row");
      if (!dragged || !target || target.classList.contains("empty-form")) {
        return;
      }
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      clearMarks();
      var box = target.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      target.classList.add(after ? "drop-after" : "drop-before");
    });
    editor.addEventListener("dragleave", function (event) {
      if (event.target === editor) {
        clearMarks();
      }
    });
    editor.addEventListener("drop", function (event) {
      var target = event.target.closest && event.target.closest(".agenda-row");
      if (!dragged || !target) {
        return;
      }
      event.preventDefault();
      var after = target.classList.contains("drop-after");
      clearMarks();
      var block = blockOf(editor, dragged);
      if (block.indexOf(target) >= 0) {
        return;
      }
      if (!isSubItem(dragged)) {
        // An item lands between items, its sub-items with it.
        if (after) {
          var targetBlock = blockOf(editor, blockStart(editor, target));
          target = targetBlock[targetBlock.length - 1];
        } else {
          target = blockStart(editor, target);
        }
      }
      insertBlock(block, target, after);
      renumber(editor);
      announce(editor, dragged);
    });
    editor.addEventListener("dragend", function () {
      clearMarks();
      if (dragged) {
        dragged.classList.remove("is-dragged");
      }
      dragged = null;
    });
  }

  function setUpEditor(editor) {
    setLanguage(editor, initialLanguage(editor), false);
    editor.addEventListener("click", function (event) {
      var language = event.target.closest(".agenda-language");
      if (language) {
        setLanguage(editor, language.dataset.language, true);
        return;
      }
      var button = event.target.closest(".agenda-up, .agenda-down");
      if (!button) {
        return;
      }
      var row = button.closest(".agenda-row");
      if (move(editor, row, button.classList.contains("agenda-up") ? -1 : 1)) {
        renumber(editor);
        announce(editor, row);
        // Keep the keyboard on the button, or on the other one at the end of the list.
        var focus = button.disabled ? row.querySelector(".agenda-up:not(:disabled), .agenda-down:not(:disabled)") : button;
        if (focus) {
          focus.focus();
        }
      }
    });
    // A new row whose title is being typed gets the next number, unless it has one.
    editor.addEventListener("input", function (event) {
      if (!event.target.closest(".agenda-titles")) {
        return;
      }
      var row = event.target.closest(".agenda-row");
      var label = labelInput(row);
      if (label && !label.value) {
        label.value = String(nextNumber(editor, row));
        updateMoveButtons(editor);
      }
    });
    // A label typed by hand says whether the row is a sub-item.
    editor.addEventListener("change", function (event) {
      if (event.target.classList.contains("agenda-label")) {
        var row = event.target.closest(".agenda-row");
        row.classList.toggle("is-sub-item", /\(/.test(event.target.value));
        updateMoveButtons(editor);
      }
    });
    document.addEventListener("formset:added", function (event) {
      var row = event.target;
      if (!editor.contains(row)) {
        return;
      }
      row.classList.remove("is-sub-item");
      labelInput(row).value = String(nextNumber(editor, row));
      updateMoveButtons(editor);
    });
    document.addEventListener("formset:removed", function () {
      updateMoveButtons(editor);
    });
    setUpDragging(editor);
    updateMoveButtons(editor);
  }

  // --- The programme slots' items ----------------------------------------------------------

  function updateSlotLabels(editor) {
    rowsOf(editor).forEach(function (row) {
      var id = row.dataset.itemId;
      if (!id) {
        return;
      }
      var label = labelInput(row).value;
      document.querySelectorAll('select.slot-items option[value="' + id + '"]').forEach(
        function (option) {
          option.textContent = option.textContent.replace(/^[^.]*\./, label + ".");
        }
      );
    });
    document.querySelectorAll("select.slot-items").forEach(function (select) {
      if (select.slotChooser) {
        select.slotChooser();
      }
    });
  }

  function chosenOptions(select) {
    return Array.prototype.filter.call(select.options, function (option) {
      return option.selected;
    });
  }

  function makeButton(text, label, className) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = className;
    button.textContent = text;
    button.setAttribute("aria-label", label);
    return button;
  }

  // The slot's select, shown as its chosen items in order (each with up, down and remove
  // buttons) and a list to add one; the options' order is the order saved.
  function setUpSlot(select, words) {
    if (select.slotChooser || /__prefix__/.test(select.name)) {
      return;
    }
    var chooser = document.createElement("div");
    chooser.className = "slot-chooser";
    var list = document.createElement("ol");
    list.className = "slot-chosen";
    var adder = document.createElement("select");
    adder.className = "slot-add";
    adder.setAttribute("aria-label", words.add);
    var addLine = document.createElement("div");
    addLine.className = "slot-add-line";
    addLine.appendChild(adder);
    chooser.appendChild(list);
    chooser.appendChild(addLine);
    select.parentNode.insertBefore(chooser, select);
    // The link to the slot's own page on the same line as the list to add an item.
    var wording = select.parentNode.querySelector(".slot-wording");
    if (wording) {
      addLine.appendChild(wording);
    }
    select.classList.add("slot-items-source");

    function render() {
      list.textContent = "";
      var chosen = chosenOptions(select);
      chosen.forEach(function (option, index) {
        var entry = document.createElement("li");
        var text = document.createElement("span");
        text.className = "slot-item-text";
        // Each title in its own direction, an Arabic one right to left on any page.
        text.dir = "auto";
        text.textContent = option.textContent;
        text.title = option.textContent;
        entry.appendChild(text);
        var label = option.textContent.split(".")[0];
        var up = makeButton("↑", words.up + " " + label, "slot-up");
        var down = makeButton("↓", words.down + " " + label, "slot-down");
        var remove = makeButton("✕", words.remove + " " + label, "slot-remove");
        up.disabled = index === 0;
        down.disabled = index === chosen.length - 1;
        [up, down, remove].forEach(function (button) {
          button.dataset.value = option.value;
          entry.appendChild(button);
        });
        list.appendChild(entry);
      });
      adder.textContent = "";
      var prompt = document.createElement("option");
      prompt.value = "";
      prompt.textContent = words.add;
      adder.appendChild(prompt);
      Array.prototype.forEach.call(select.options, function (option) {
        if (!option.selected) {
          var choice = document.createElement("option");
          choice.value = option.value;
          choice.dir = "auto";
          choice.textContent = option.textContent;
          adder.appendChild(choice);
        }
      });
    }

    function optionOf(value) {
      return Array.prototype.find.call(select.options, function (option) {
        return option.value === value;
      });
    }

    adder.addEventListener("change", function () {
      var option = optionOf(adder.value);
      if (!option) {
        return;
      }
      var chosen = chosenOptions(select);
      var last = chosen[chosen.length - 1];
      select.insertBefore(option, last ? last.nextSibling : select.firstChild);
      option.selected = true;
      render();
      adder.focus();
    });
    list.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) {
        return;
      }
      var option = optionOf(button.dataset.value);
      var chosen = chosenOptions(select);
      var index = chosen.indexOf(option);
      var focusClass = button.className;
      if (button.classList.contains("slot-remove")) {
        option.selected = false;
        select.appendChild(option);
        focusClass = null;
      } else if (button.classList.contains("slot-up") && index > 0) {
        select.insertBefore(option, chosen[index - 1]);
      } else if (button.classList.contains("slot-down") && index < chosen.length - 1) {
        select.insertBefore(option, chosen[index + 1].nextSibling);
      }
      render();
      var again = focusClass && list.querySelector("." + focusClass + '[data-value="' + option.value + '"]:not(:disabled)');
      (again || adder).focus();
    });
    select.slotChooser = render;
    render();
  }

  function setUpSlots(words) {
    document.querySelectorAll("select.slot-items").forEach(function (select) {
      setUpSlot(select, words);
    });
  }

  noteTimeZoneOnce();
  document.addEventListener("DOMContentLoaded", function () {
    noteTimeZoneOnce();
    var editor = document.querySelector(".agenda-editor");
    var words = {
      add: "+",
      up: "↑",
      down: "↓",
      remove: "✕",
    };
    if (editor) {
      words = {
        add: editor.dataset.slotAdd,
        up: editor.dataset.moveUp,
        down: editor.dataset.moveDown,
        remove: editor.dataset.slotRemove,
      };
      setUpEditor(editor);
    }
    setUpSlots(words);
    document.addEventListener("formset:added", function () {
      setUpSlots(words);
    });
  });
})();
