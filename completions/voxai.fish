# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_voxai_global_optspecs
    string join \n api-key= base-url= ws-url= profile= o/output= q/quiet y/yes v/verbose timeout= max-retries= h/help V/version
end

function __fish_voxai_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_voxai_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_voxai_using_subcommand
    set -l cmd (__fish_voxai_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c voxai -n "__fish_voxai_needs_command" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_needs_command" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_needs_command" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_needs_command" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_needs_command" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_needs_command" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_needs_command" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_needs_command" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_needs_command" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_needs_command" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_needs_command" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "auth" -d 'Log in, log out, show the active credentials'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "quota" -d 'The plan and what is left of each quota'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "usage" -d 'Costs and usage over a period'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "token" -d 'LiveKit access tokens'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "rooms" -d 'Rooms: create, list, inspect, close, kick'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "agents" -d 'Agent configurations and their tools'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "sessions" -d 'Sessions and transcripts'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "recordings" -d 'Recordings: start, stop, list, download, delete'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "sip" -d 'Phone calls over SIP'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "kb" -d 'Knowledge bases for RAG'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "webhooks" -d 'Webhooks: fire a test, verify a signature, run a local receiver'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "monitor" -d 'Live room events, one line each, reconnecting on its own'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "call" -d 'Call control: data messages, participant updates, muting'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "completions" -d 'Shell completions for bash, zsh, fish, powershell or elvish'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "mock" -d 'Run the reference server (the whole API, in memory)'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "audit" -d 'Read recorded answers (a cassette of `voxai mock --proxy`) against the SDK\'s types'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "demo" -d 'A guided tour of every section against an embedded reference server'
complete -c voxai -n "__fish_voxai_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "login" -d 'Store an API key for the profile, after checking it against the API'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "logout" -d 'Forget the profile\'s key'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "status" -d 'Show the profile, base URL, plan and the key (masked)'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and not __fish_seen_subcommand_from login logout status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-key -d 'Read the key from stdin instead of prompting (for scripts)'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Store an API key for the profile, after checking it against the API'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Forget the profile\'s key'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the profile, base URL, plan and the key (masked)'
complete -c voxai -n "__fish_voxai_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand quota" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand quota" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand quota" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand quota" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand quota" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand quota" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand quota" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand quota" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand quota" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand quota" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand quota" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand quota" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand usage" -l period -d 'The period to sum' -r -f -a "today\t''
7d\t''
30d\t''
all\t''"
complete -c voxai -n "__fish_voxai_using_subcommand usage" -l group-by -d 'How to break it down' -r -f -a "day\t''
model\t''
agent\t''
service\t''"
complete -c voxai -n "__fish_voxai_using_subcommand usage" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand usage" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand usage" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand usage" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand usage" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand usage" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand usage" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand usage" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand usage" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand usage" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand usage" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -f -a "create" -d 'A LiveKit access token to join a room, dispatching agents'
complete -c voxai -n "__fish_voxai_using_subcommand token; and not __fish_seen_subcommand_from create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -l identity -d 'Participant identity' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -l room -d 'Room name, without the project prefix' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -l agent -d 'Agent to dispatch (repeatable); the project\'s default agent when none' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -l grant -d 'Extra LiveKit grant, e.g. canPublish=false (repeatable)' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -l no-agent -d 'Dispatch no agent'
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "create" -d 'A LiveKit access token to join a room, dispatching agents'
complete -c voxai -n "__fish_voxai_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -f -a "list" -d 'Active rooms'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -f -a "create" -d 'Create a room'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -f -a "get" -d 'A room with its participants (closed rooms too)'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -f -a "participants" -d 'Participants with their state and tracks'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -f -a "delete" -d 'Close a room, disconnecting everyone (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -f -a "kick" -d 'Remove a participant (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and not __fish_seen_subcommand_from list create get participants delete kick help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -l empty-timeout -d 'Seconds an empty room stays open' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -l max-participants -d 'Maximum participants (0 = unlimited)' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -l metadata -d 'Room metadata' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from participants" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from kick" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "list" -d 'Active rooms'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a room'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "get" -d 'A room with its participants (closed rooms too)'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "participants" -d 'Participants with their state and tracks'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Close a room, disconnecting everyone (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "kick" -d 'Remove a participant (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand rooms; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -f -a "list" -d 'Agent configurations'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -f -a "tools" -d 'The tools of an agent'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and not __fish_seen_subcommand_from list tools help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from tools" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "list" -d 'Agent configurations'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "tools" -d 'The tools of an agent'
complete -c voxai -n "__fish_voxai_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -f -a "list" -d 'Sessions, newest first'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -f -a "get" -d 'A session with its agent and costs'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -f -a "transcript" -d 'A session\'s transcript'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -f -a "create" -d 'Start a session log for a room (usually the agent server\'s job)'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -f -a "add-transcript" -d 'Add a transcript line to a room\'s active session'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -f -a "end" -d 'End a room\'s active session'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and not __fish_seen_subcommand_from list get transcript create add-transcript end help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l status -d 'Only active or completed sessions' -r -f -a "active\t''
completed\t''"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l agent -d 'Only sessions of this agent' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l type -d 'Only voice or SIP sessions' -r -f -a "voice\t''
sip\t''"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l from -d 'From this date (ISO 8601)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l to -d 'Up to this date (ISO 8601)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l page -d 'Page number' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l per-page -d 'Results per page [default: the server\'s; with --all, 100 unless the server refuses it]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -l all -d 'Every page, streamed (the next page is fetched while one is printed)'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -l format -d '`text` (`[mm:ss] Speaker: content`) or `json` (`-o json` implies json)' -r -f -a "text\t'`[mm:ss] Speaker: content` lines'
json\t'The API\'s JSON'"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from transcript" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -l agent -d 'Agent handling it' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -l caller -d 'Identity of the caller' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -l type -d 'Session type' -r -f -a "voice\t''
sip\t''"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -l metadata -d 'Metadata, a JSON object' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -l speaker -d 'Who said it' -r -f -a "agent\t''
user\t''
system\t''"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -l content -d 'What was said' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -l at-ms -d 'Milliseconds from session start' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -l partial -d 'Mark the line as partial (not final)'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from add-transcript" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -l summary -d 'Summary' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -l duration -d 'Duration in seconds, instead of the computed one' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from end" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "list" -d 'Sessions, newest first'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "get" -d 'A session with its agent and costs'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "transcript" -d 'A session\'s transcript'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "create" -d 'Start a session log for a room (usually the agent server\'s job)'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "add-transcript" -d 'Add a transcript line to a room\'s active session'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "end" -d 'End a room\'s active session'
complete -c voxai -n "__fish_voxai_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -f -a "start" -d 'Start recording a room'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -f -a "stop" -d 'Stop one recording (--egress-id), or all of the room\'s (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -f -a "list" -d 'Recordings, newest first'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -f -a "get" -d 'One recording'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -f -a "download" -d 'Download the audio (through FILE.part, mode 0600; an interrupted download resumes from it)'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -f -a "delete" -d 'Delete a recording and its file (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and not __fish_seen_subcommand_from start stop list get download delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -l egress-id -d 'The egress to stop' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -l room -d 'Only this room\'s' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -l status -d 'Only in this state' -r -f -a "recording\t''
completed\t''
error\t''"
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -l page -d 'Page number' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -l per-page -d 'Results per page [default: the server\'s; with --all, 100 unless the server refuses it]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -l all -d 'Every page, streamed (the next page is fetched while one is printed)'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from download" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start recording a room'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop one recording (--egress-id), or all of the room\'s (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "list" -d 'Recordings, newest first'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "get" -d 'One recording'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download the audio (through FILE.part, mode 0600; an interrupted download resumes from it)'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a recording and its file (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand recordings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -f -a "dial" -d 'Call a phone number with an agent'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -f -a "trunks" -d 'SIP trunks'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -f -a "configs" -d 'SIP configurations'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and not __fish_seen_subcommand_from dial trunks configs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -l agent -d 'Agent to dispatch' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -l room -d 'Room name suffix' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -l caller-id -d 'Caller id to show, E.164' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -l metadata -d 'Call metadata, a JSON object' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from dial" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from trunks" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from configs" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from help" -f -a "dial" -d 'Call a phone number with an agent'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from help" -f -a "trunks" -d 'SIP trunks'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from help" -f -a "configs" -d 'SIP configurations'
complete -c voxai -n "__fish_voxai_using_subcommand sip; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "create" -d 'Create a knowledge base'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "list" -d 'Knowledge bases'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "get" -d 'One knowledge base'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "delete" -d 'Delete a knowledge base with every chunk (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "upload" -d 'Upload documents (.txt .md .csv .json, 10 MB each)'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "ingest" -d 'Ingest raw text from --content, --file, or stdin'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "reindex" -d 'Re-embed every chunk'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "chunks" -d 'Chunks (content cut to 200 characters)'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "chunk-update" -d 'Replace a chunk\'s text'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "chunk-delete" -d 'Delete a chunk (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "search" -d 'Semantic search, best first'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and not __fish_seen_subcommand_from create list get delete upload ingest reindex chunks chunk-update chunk-delete search help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -l chunk-size -d 'Characters per chunk' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -l chunk-overlap -d 'Characters shared by neighbouring chunks' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -l content -d 'The text' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -l file -d 'A file to read the text from (- for stdin)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -l source -d 'Source label' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from ingest" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from reindex" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -l active -d 'Only active (true) or inactive (false) chunks' -r -f -a "true\t''
false\t''"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -l page -d 'Page number' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -l per-page -d 'Results per page [default: the server\'s; with --all, 100 unless the server refuses it]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -l all -d 'Every page, streamed (the next page is fetched while one is printed)'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunks" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -l content -d 'New text' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-update" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from chunk-delete" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -l top-k -d 'How many results' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a knowledge base'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "list" -d 'Knowledge bases'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "get" -d 'One knowledge base'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a knowledge base with every chunk (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload documents (.txt .md .csv .json, 10 MB each)'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "ingest" -d 'Ingest raw text from --content, --file, or stdin'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "reindex" -d 'Re-embed every chunk'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "chunks" -d 'Chunks (content cut to 200 characters)'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "chunk-update" -d 'Replace a chunk\'s text'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "chunk-delete" -d 'Delete a chunk (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "search" -d 'Semantic search, best first'
complete -c voxai -n "__fish_voxai_using_subcommand kb; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -f -a "test" -d 'Send a test event to the project\'s webhook endpoints'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -f -a "verify" -d 'Check a webhook body against its signature: exit 0 when valid, 1 when not'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -f -a "listen" -d 'A local receiver: verifies, prints each event, optionally forwards it'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and not __fish_seen_subcommand_from test verify listen help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l event-type -d 'Event type to simulate (default test)' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l payload -d 'Payload, JSON' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -l secret -d 'The endpoint\'s signing secret (not empty); prefer VOXAI_WEBHOOK_SECRET, as other users see flags in `ps`' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -l signature -d 'The X-Webhook-Signature value (hex)' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l port -d 'Port on 127.0.0.1 (0 picks a free one; the address is printed on stderr)' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l secret -d 'The signing secret (not empty); prefer VOXAI_WEBHOOK_SECRET, as other users see flags in `ps`' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l tolerance -d 'Refuse deliveries whose timestamp is older (or newer) than this, and answer a repeated delivery (the same signed body) within it 200 without acting on it again' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l forward-to -d 'Also POST each verified event, with its headers, to this URL. When the target fails or does not answer in time, the sender is answered 502 and retries' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l forward-timeout -d 'How long a forward may take (keep it below the sender\'s timeout, 10 s for the reference server)' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l count -d 'Exit after this many verified events (0: exit once listening)' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send a test event to the project\'s webhook endpoints'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a webhook body against its signature: exit 0 when valid, 1 when not'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "listen" -d 'A local receiver: verifies, prints each event, optionally forwards it'
complete -c voxai -n "__fish_voxai_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -l room -d 'Only these rooms (repeatable), with or without the project prefix (a name that starts with the prefix is read as the full name); every room when none' -r
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -l event -d 'Only these event types (repeatable), e.g. transcript.new' -r
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -l count -d 'Exit 0 after this many events' -r
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -l timeout -d 'Stop after this many seconds (an error if --count was not reached)' -r
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand monitor" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -f -a "send-data" -d 'Send data to everyone in a room, or whisper to some (--to)'
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -f -a "update" -d 'Change a participant\'s name, metadata or permissions'
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -f -a "mute" -d 'Mute (or --unmute) a participant\'s audio'
complete -c voxai -n "__fish_voxai_using_subcommand call; and not __fish_seen_subcommand_from send-data update mute help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -l to -d 'Only these participants (repeatable)' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -l topic -d 'Message topic' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from send-data" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -l name -d 'Display name' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -l metadata -d 'Metadata' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -l can-publish -d 'Whether they may publish' -r -f -a "true\t''
false\t''"
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -l can-subscribe -d 'Whether they may subscribe' -r -f -a "true\t''
false\t''"
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -l track -d 'A track other than the first audio track' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -l unmute -d 'Unmute instead'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from mute" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from help" -f -a "send-data" -d 'Send data to everyone in a room, or whisper to some (--to)'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a participant\'s name, metadata or permissions'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from help" -f -a "mute" -d 'Mute (or --unmute) a participant\'s audio'
complete -c voxai -n "__fish_voxai_using_subcommand call; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand completions" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand completions" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand completions" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand completions" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand completions" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand completions" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand completions" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand completions" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand completions" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand completions" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l addr -d 'Address to listen on; port 0 picks a free one' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l fixtures -d 'Projects, keys and configuration instead of the built-in ones' -r -F
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l webhook-url -d 'A webhook endpoint for the first project\'s events (repeatable)' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l webhook-secret -d 'Signing secret of the --webhook-url endpoints (other users see flags in `ps`: prefer the variable)' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l livekit-url -d 'LiveKit URL returned as wsUrl' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l livekit-api-key -d 'LiveKit API key that signs tokens (their iss)' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l livekit-api-secret -d 'LiveKit API secret that signs tokens (HS256); other users see flags in `ps`: prefer the variable' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l responses -d 'full: the documented bodies and extensions; minimal: only what the API reference shows (undocumented bodies are {"success": true}, no monitor confirmations), to prove a client needs no more' -r -f -a "full\t'Every field the reference shows (`null` when empty), plus the documented extensions of ours: echoes of created and updated resources, `per_page`, monitor `subscribed`/`unsubscribed`/`error` frames'
minimal\t'Only what the reference shows: undocumented bodies are `{"success": true}`, fields its examples do not show are left out, and the monitor sends events only'"
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l monitor-sockets-per-project -d 'Monitor sockets one project may hold open at once (more get 429); raise it for load tests of the monitor' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l control-token -d 'Require `Authorization: Bearer TOKEN` on the control plane (/_mock/); set it whenever other machines can reach the server' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l proxy -d 'Instead of the reference server: a transparent proxy in front of this base URL (a deployment\'s, ending in /api/v1), recording to --record' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l record -d 'The cassette the proxy writes every exchange to (JSON Lines; keys, tokens and secrets redacted). An existing file is refused without --force' -r -F
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l replay -d 'Instead of the reference server: answer from a cassette recorded with --record. Unmatched requests get 404 with X-Voxai-Replay: miss, listed when it stops' -r -F
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l no-rate-limit -d 'Send rate-limit headers but never refuse a request with 429'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l allow-remote -d 'Listen on an address other machines can reach (--addr 0.0.0.0:PORT): without it only loopback addresses are taken, as the control plane (/_mock/) needs no key'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l record-bodies -d 'Keep binary bodies (recording downloads, uploads) in the cassette, base64; without it they are recorded as length, content type and SHA-256'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l force -d 'Overwrite an existing --record cassette'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -l fast -d 'With --replay: send monitor frames at once, not at their recorded spacing'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -f -a "openapi" -d 'Print the OpenAPI 3.1 document of the API (what GET /_mock/openapi.json serves)'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -f -a "monitor-schema" -d 'Print the JSON Schema of the monitor WebSocket\'s frames'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and not __fish_seen_subcommand_from openapi monitor-schema help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from openapi" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from monitor-schema" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from help" -f -a "openapi" -d 'Print the OpenAPI 3.1 document of the API (what GET /_mock/openapi.json serves)'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from help" -f -a "monitor-schema" -d 'Print the JSON Schema of the monitor WebSocket\'s frames'
complete -c voxai -n "__fish_voxai_using_subcommand mock; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand audit" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand audit" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand audit" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand audit" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand audit" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand audit" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand audit" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand audit" -l strict -d 'Also report fields the types model (as optional) that never appeared'
complete -c voxai -n "__fish_voxai_using_subcommand audit" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand audit" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand audit" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand audit" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand demo" -l api-key -d 'API key (beats the profile\'s) [env: VOXAI_API_KEY]. Other users see a flag in `ps`: prefer the variable, or `voxai auth login` once' -r
complete -c voxai -n "__fish_voxai_using_subcommand demo" -l base-url -d 'API base URL, e.g. http://127.0.0.1:4010/api/v1 [env: VOXAI_BASE_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand demo" -l ws-url -d 'Monitor WebSocket URL (default: derived from the base URL) [env: VOXAI_WS_URL]' -r
complete -c voxai -n "__fish_voxai_using_subcommand demo" -l profile -d 'Profile to use [env: VOXAI_PROFILE]' -r
complete -c voxai -n "__fish_voxai_using_subcommand demo" -s o -l output -d 'Output format [default: table on a terminal, tsv in a pipe]' -r -f -a "table\t'Boxed tables for people (the default on a terminal)'
tsv\t'Tab-separated columns under a header line, for `cut` and `awk` (the default when stdout is not a terminal)'
json\t'The API\'s JSON (one document; one object per line for streams)'"
complete -c voxai -n "__fish_voxai_using_subcommand demo" -l timeout -d 'Timeout of each request attempt, in seconds' -r
complete -c voxai -n "__fish_voxai_using_subcommand demo" -l max-retries -d 'Retries of failed requests (rate limits, 5xx, network)' -r
complete -c voxai -n "__fish_voxai_using_subcommand demo" -s q -l quiet -d 'Print only identifiers, one per line'
complete -c voxai -n "__fish_voxai_using_subcommand demo" -s y -l yes -d 'Skip confirmation of destructive commands'
complete -c voxai -n "__fish_voxai_using_subcommand demo" -s v -l verbose -d 'Log requests to stderr (-vv: with their queries; VOXAI_LOG=voxai_sdk=trace for every span and event of the SDK). Never logs the key'
complete -c voxai -n "__fish_voxai_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c voxai -n "__fish_voxai_using_subcommand demo" -s V -l version -d 'Print version'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "auth" -d 'Log in, log out, show the active credentials'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "quota" -d 'The plan and what is left of each quota'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "usage" -d 'Costs and usage over a period'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "token" -d 'LiveKit access tokens'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "rooms" -d 'Rooms: create, list, inspect, close, kick'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "agents" -d 'Agent configurations and their tools'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "sessions" -d 'Sessions and transcripts'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "recordings" -d 'Recordings: start, stop, list, download, delete'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "sip" -d 'Phone calls over SIP'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "kb" -d 'Knowledge bases for RAG'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "webhooks" -d 'Webhooks: fire a test, verify a signature, run a local receiver'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "monitor" -d 'Live room events, one line each, reconnecting on its own'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "call" -d 'Call control: data messages, participant updates, muting'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "completions" -d 'Shell completions for bash, zsh, fish, powershell or elvish'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "mock" -d 'Run the reference server (the whole API, in memory)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "audit" -d 'Read recorded answers (a cassette of `voxai mock --proxy`) against the SDK\'s types'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "demo" -d 'A guided tour of every section against an embedded reference server'
complete -c voxai -n "__fish_voxai_using_subcommand help; and not __fish_seen_subcommand_from auth quota usage token rooms agents sessions recordings sip kb webhooks monitor call completions mock audit demo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Store an API key for the profile, after checking it against the API'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Forget the profile\'s key'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show the profile, base URL, plan and the key (masked)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "create" -d 'A LiveKit access token to join a room, dispatching agents'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "list" -d 'Active rooms'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "create" -d 'Create a room'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "get" -d 'A room with its participants (closed rooms too)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "participants" -d 'Participants with their state and tracks'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "delete" -d 'Close a room, disconnecting everyone (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from rooms" -f -a "kick" -d 'Remove a participant (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "list" -d 'Agent configurations'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "tools" -d 'The tools of an agent'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "list" -d 'Sessions, newest first'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "get" -d 'A session with its agent and costs'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "transcript" -d 'A session\'s transcript'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "create" -d 'Start a session log for a room (usually the agent server\'s job)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "add-transcript" -d 'Add a transcript line to a room\'s active session'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from sessions" -f -a "end" -d 'End a room\'s active session'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from recordings" -f -a "start" -d 'Start recording a room'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from recordings" -f -a "stop" -d 'Stop one recording (--egress-id), or all of the room\'s (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from recordings" -f -a "list" -d 'Recordings, newest first'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from recordings" -f -a "get" -d 'One recording'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from recordings" -f -a "download" -d 'Download the audio (through FILE.part, mode 0600; an interrupted download resumes from it)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from recordings" -f -a "delete" -d 'Delete a recording and its file (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from sip" -f -a "dial" -d 'Call a phone number with an agent'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from sip" -f -a "trunks" -d 'SIP trunks'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from sip" -f -a "configs" -d 'SIP configurations'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "create" -d 'Create a knowledge base'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "list" -d 'Knowledge bases'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "get" -d 'One knowledge base'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "delete" -d 'Delete a knowledge base with every chunk (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "upload" -d 'Upload documents (.txt .md .csv .json, 10 MB each)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "ingest" -d 'Ingest raw text from --content, --file, or stdin'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "reindex" -d 'Re-embed every chunk'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "chunks" -d 'Chunks (content cut to 200 characters)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "chunk-update" -d 'Replace a chunk\'s text'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "chunk-delete" -d 'Delete a chunk (asks first)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from kb" -f -a "search" -d 'Semantic search, best first'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "test" -d 'Send a test event to the project\'s webhook endpoints'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "verify" -d 'Check a webhook body against its signature: exit 0 when valid, 1 when not'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "listen" -d 'A local receiver: verifies, prints each event, optionally forwards it'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from call" -f -a "send-data" -d 'Send data to everyone in a room, or whisper to some (--to)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from call" -f -a "update" -d 'Change a participant\'s name, metadata or permissions'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from call" -f -a "mute" -d 'Mute (or --unmute) a participant\'s audio'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from mock" -f -a "openapi" -d 'Print the OpenAPI 3.1 document of the API (what GET /_mock/openapi.json serves)'
complete -c voxai -n "__fish_voxai_using_subcommand help; and __fish_seen_subcommand_from mock" -f -a "monitor-schema" -d 'Print the JSON Schema of the monitor WebSocket\'s frames'
