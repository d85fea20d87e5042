<?php
// Router for `php -S` serving a WordPress tree (tests/wordpress/wp-env.sh).
// An existing file or folder is served by the built-in server itself (it runs .php files and a folder's
// index.php); every other path, including paths with dots such as /wp-json/oembed/1.0/embed, goes to
// WordPress's index.php, as Apache's rewrite rules would send it (pretty permalinks, /wp-json/).
$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$path = rawurldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if ($path !== '' && strpos($path, '..') === false && file_exists($root . $path)) {
    if (is_dir($root . $path) && substr($path, -1) !== '/') {
        // /wp-admin -> /wp-admin/, as Apache's mod_dir does.
        $query = parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY);
        header('Location: ' . $path . '/' . ($query !== null ? '?' . $query : ''), true, 301);
        return true;
    }
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
chdir($root);
require $root . '/index.php';
