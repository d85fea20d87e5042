# bash completion for seolint                                          -*- shell-script -*-
# Installed as share/bash-completion/completions/seolint. Options come from `seolint --help` (so they follow
# the option table of the seolint being completed), rule ids from `seolint --list-rules`.

# The options of seolint BIN [SUBCOMMAND] as "NAME VALUE" lines (VALUE 1 when the option takes a value),
# read from its --help: the option column ends where the descriptions start.
_seolint_options() {
  local bin=$1 sub=$2
  "$bin" $sub --help 2>/dev/null | awk '
    /^  -/ {
      lines[n++] = $0
      if (match(substr($0, 3), /[^ ]  +[^ ]/)) count[RSTART + RLENGTH + 1]++
    }
    END {
      for (c in count) if (count[c] > best) { best = count[c]; col = c }
      for (i = 0; i < n; i++) {
        part = (col && length(lines[i]) >= col) ? substr(lines[i], 1, col - 1) : lines[i]
        k = split(part, t, " ")
        value = (t[k] !~ /^-/ && t[k] != "]") ? 1 : 0
        for (j = 1; j <= k; j++) if (t[j] ~ /^-/) print t[j], value
      }
    }'
}

_seolint() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev= cword=$COMP_CWORD
  [ "$cword" -gt 0 ] && prev=${COMP_WORDS[cword - 1]}
  # --option=value: bash splits it into --option, = and value.
  if [ "$cur" = "=" ]; then
    cur=
  elif [ "$prev" = "=" ] && [ "$cword" -gt 1 ]; then
    prev=${COMP_WORDS[cword - 2]}
  fi
  COMPREPLY=()

  local bin=${COMP_WORDS[0]}
  bin=${bin/#\~/$HOME}
  [[ $bin == */* ]] || bin=$(type -P -- "$bin") || bin=
  [ -n "$bin" ] && [ -x "$bin" ] || bin=

  local sub=
  if [ "$cword" -gt 1 ]; then
    case ${COMP_WORDS[1]} in fetch | merge) sub=${COMP_WORDS[1]} ;; esac
  fi

  local options=
  [ -n "$bin" ] && options=$(_seolint_options "$bin" "$sub")
  local takes_value=
  if [[ $prev == -* ]]; then
    takes_value=$(awk -v o="$prev" '$1 == o { print $2 }' <<<"$options")
  fi

  if [ "$takes_value" = 1 ]; then
    case $prev in
      --format | -f)
        mapfile -t COMPREPLY < <(compgen -W "text sarif json html markdown junit github codequality checkstyle" -- "$cur")
        ;;
      --fail-on)
        mapfile -t COMPREPLY < <(compgen -W "error warning note never" -- "$cur")
        ;;
      --color | --progress)
        mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur")
        ;;
      --enable | --disable | --explain)
        local rules=
        [ -n "$bin" ] && rules=$("$bin" --list-rules 2>/dev/null | awk '{ print $1 }')
        [ "$prev" != --explain ] && rules+=" all"
        mapfile -t COMPREPLY < <(compgen -W "$rules" -- "$cur")
        ;;
      --type)
        mapfile -t COMPREPLY < <(compgen -W "post page" -- "$cur")
        ;;
      --status)
        mapfile -t COMPREPLY < <(compgen -W "publish draft pending future private" -- "$cur")
        ;;
      --output | -o | --config | -c | --baseline | --write-baseline | --summaries | --save | --ca-file)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        ;;
    esac
    return 0
  fi

  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(awk '{ print $1 }' <<<"$options")" -- "$cur")
    return 0
  fi

  case $sub in
    fetch) return 0 ;;  # a site URL
  esac
  compopt -o filenames 2>/dev/null
  mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  if [ "$cword" -eq 1 ]; then
    local -a subcommands
    mapfile -t subcommands < <(compgen -W "fetch merge" -- "$cur")
    COMPREPLY+=("${subcommands[@]}")
  fi
  return 0
} && complete -F _seolint seolint
