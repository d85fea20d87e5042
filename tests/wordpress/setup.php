<?php
// Installs WordPress, creates the test content and writes expected.json, for tests/wordpress/wp-env.sh.
// Run by the php CLI against a private WordPress tree:
//   WP_ENV_ROOT=TREE php setup.php install           wp_install(): tables, options, the admin user
//   WP_ENV_ROOT=TREE php setup.php populate OUT_DIR  content, user seolint and its application password
//                                                    (written to OUT_DIR/credentials)
//   WP_ENV_ROOT=TREE php setup.php export OUT_DIR    OUT_DIR/expected.json, read back through the REST API
// Everything is deterministic except the passwords: fixed dates, fixed slugs, and asserted ids.

error_reporting(E_ALL & ~E_DEPRECATED);
ini_set('display_errors', 'stderr');

$mode = $argv[1] ?? '';
$out = $argv[2] ?? '';
$root = getenv('WP_ENV_ROOT');
if ($root === false || !is_file("$root/wp-load.php")) {
    fwrite(STDERR, "setup.php: WP_ENV_ROOT must name a WordPress tree\n");
    exit(2);
}

// The CLI has no request; give WordPress the one it would get.
$url = parse_url(getenv('WP_ENV_URL') ?: 'http://127.0.0.1/');
$_SERVER['HTTP_HOST'] = $url['host'] . (isset($url['port']) ? ':' . $url['port'] : '');
$_SERVER['SERVER_NAME'] = $url['host'];
$_SERVER['SERVER_PORT'] = $url['port'] ?? 80;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

// Pluggable functions defined before WordPress loads: no mail.
function wp_mail($to, $subject, $message, $headers = '', $attachments = array()) { return true; }
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}

function fail($msg) { fwrite(STDERR, "setup.php: $msg\n"); exit(1); }

if ($mode === 'install') {
    define('WP_INSTALLING', true);
}
require "$root/wp-load.php";
// Setup never talks HTTP (wp_install would probe pretty permalinks with a request to the site).
add_filter('pre_http_request', function () { return new WP_Error('seolint_offline', 'no HTTP during set-up'); });

if ($mode === 'install') {
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    if (is_blog_installed()) fail('WordPress is already installed in this database');
    $r = wp_install('seolint test site', 'admin', 'admin@example.invalid', true, '', wp_generate_password(20, false));
    if (empty($r['user_id'])) fail('wp_install failed');
    exit(0);
}

if ($mode === 'populate') {
    populate($out);
    exit(0);
}
if ($mode === 'export') {
    export($out);
    exit(0);
}
fail("unknown mode '$mode' (install, populate OUT_DIR, export OUT_DIR)");

// ---------------------------------------------------------------------------------------------------------

function english_paragraph($what) {
    return "<!-- wp:paragraph -->\n<p>This is $what of the seolint test site. It is written in plain English so that a"
        . " language detector has enough text to judge it: the quick brown fox jumps over the lazy dog, and the"
        . " weather today is mild with a light wind from the west. Nothing here is real; every word was written by"
        . " a script.</p>\n<!-- /wp:paragraph -->";
}

function french_paragraph() {
    return "<!-- wp:paragraph -->\n<p>Le mal de dos touche la plupart des adultes à un moment de leur vie. Quelques"
        . " gestes simples aident souvent : bouger un peu chaque jour, éviter de rester assis trop longtemps, dormir"
        . " sur un matelas ferme et consulter un médecin lorsque la douleur dure plus de quelques semaines ou qu'elle"
        . " s'accompagne de fièvre.</p>\n<!-- /wp:paragraph -->";
}

// Inserts one post and checks that it got the id the plan says.
function add_post($want_id, $args, $note = '') {
    $defaults = array('post_author' => 1, 'comment_status' => 'closed', 'ping_status' => 'closed');
    $args = array_merge($defaults, $args);
    if (isset($args['post_date']) && !isset($args['post_date_gmt']) && !in_array($args['post_status'], array('draft', 'pending'), true)) {
        $args['post_date_gmt'] = $args['post_date']; // the site runs in UTC
    }
    $id = wp_insert_post(wp_slash($args), true);
    if (is_wp_error($id)) fail('wp_insert_post: ' . $id->get_error_message());
    if ($id !== $want_id) fail("wp_insert_post gave id $id, the plan says $want_id");
    if ($note !== '') add_post_meta($id, '_seolint_test_note', $note);
    return $id;
}

function day($base, $n) {
    return gmdate('Y-m-d H:i:s', strtotime("$base UTC") + $n * 86400);
}

// A solid-colour PNG of the size of a typical share image, made with GD (php-gd is a dependency of the
// wordpress package), as a real attachment with its generated sizes.
function add_image($want_id, $slug, $title, $rgb, $parent, $date, $alt) {
    $upload = wp_upload_dir(substr($date, 0, 4) . '/' . substr($date, 5, 2));
    if (!empty($upload['error'])) fail('wp_upload_dir: ' . $upload['error']);
    $file = $upload['path'] . "/$slug.png";
    $img = imagecreatetruecolor(1200, 630);
    imagefill($img, 0, 0, imagecolorallocate($img, $rgb[0], $rgb[1], $rgb[2]));
    $white = imagecolorallocate($img, 255, 255, 255);
    imagefilledrectangle($img, 100, 100, 1100, 530, $white);
    imagefilledrectangle($img, 140, 140, 1060, 490, imagecolorallocate($img, $rgb[0], $rgb[1], $rgb[2]));
    if (!imagepng($img, $file, 9)) fail("cannot write $file");
    imagedestroy($img);
    $id = wp_insert_attachment(wp_slash(array(
        'post_title' => $title,
        'post_name' => $slug,
        'post_mime_type' => 'image/png',
        'post_status' => 'inherit',
        'post_date' => $date,
        'post_date_gmt' => $date,
        'post_author' => 1,
        'guid' => $upload['url'] . "/$slug.png",
    )), $file, $parent, true);
    if (is_wp_error($id)) fail('wp_insert_attachment: ' . $id->get_error_message());
    if ($id !== $want_id) fail("wp_insert_attachment gave id $id, the plan says $want_id");
    wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $file));
    if ($alt !== '') update_post_meta($id, '_wp_attachment_image_alt', $alt);
    return $id;
}

function populate($out) {
    global $wpdb, $wp_rewrite;
    if ($out === '' || !is_dir($out)) fail('populate needs an existing OUT_DIR');
    require_once ABSPATH . 'wp-admin/includes/image.php';
    require_once ABSPATH . 'wp-admin/includes/file.php';
    require_once ABSPATH . 'wp-admin/includes/media.php';
    require_once ABSPATH . 'wp-admin/includes/post.php';
    wp_set_current_user(1);

    // Remove wp_install's sample content ("Hello world!", "Sample Page", the draft privacy page, the
    // comment) and start ids at 1, so that "Post 001" is id 1.
    foreach (get_posts(array('post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids')) as $id) {
        wp_delete_post($id, true);
    }
    foreach (get_comments(array('fields' => 'ids')) as $cid) wp_delete_comment($cid, true);
    update_option('wp_page_for_privacy_policy', 0);
    $wpdb->query("ALTER TABLE {$wpdb->posts} AUTO_INCREMENT = 1");
    $wpdb->query("ALTER TABLE {$wpdb->comments} AUTO_INCREMENT = 1");

    update_option('blogdescription', 'A loopback WordPress site for seolint tests');
    update_option('timezone_string', 'UTC');
    update_option('gmt_offset', 0);
    update_option('default_comment_status', 'closed');
    update_option('default_ping_status', 'closed');
    $wp_rewrite->set_permalink_structure('/%postname%/');
    $wp_rewrite->flush_rules(false);

    // The user the tests log in as, with an application password.
    $login_password = wp_generate_password(20, false);
    $uid = wp_insert_user(wp_slash(array(
        'user_login' => 'seolint', 'user_pass' => $login_password, 'user_email' => 'seolint@example.invalid',
        'display_name' => 'seolint', 'role' => 'administrator',
    )));
    if (is_wp_error($uid)) fail('wp_insert_user: ' . $uid->get_error_message());
    $app = WP_Application_Passwords::create_new_application_password($uid, array('name' => 'seolint tests'));
    if (is_wp_error($app)) fail('create_new_application_password: ' . $app->get_error_message());

    wp_defer_term_counting(true);
    $news = wp_insert_term('News', 'category', array('slug' => 'news'));
    $guides = wp_insert_term('Guides', 'category', array('slug' => 'guides'));
    if (is_wp_error($news) || is_wp_error($guides)) fail('wp_insert_term failed');
    $cats = array((int) $news['term_id'], (int) $guides['term_id']);
    $img_b_url = wp_upload_dir('2023/01')['url'] . '/seolint-featured-blue.png';

    // 250 published posts, one a day from 2023-01-01 09:00 UTC; Post NNN is id NNN. The REST API lists
    // them newest first: page 1 holds ids 250..151, page 2 150..51, page 3 50..1.
    $special_titles = array(
        249 => array('Comment soulager le mal de dos sans médicaments', 'french-title: a French title on an English site (English body)'),
        248 => array('Как облегчить боль в спине', 'cyrillic-title: a Russian title on an English site'),
        247 => array('Fish & Chips: "Quotes", <em>emphasis</em> and 5 > 3', 'markup-title: &, quotes, an <em> element and > in the title'),
        246 => array('', 'empty-title: no title at all'),
    );
    for ($n = 1; $n <= 250; $n++) {
        $title = sprintf('Post %03d', $n);
        $note = '';
        $content = english_paragraph(sprintf('post %03d', $n));
        $extra = array();
        if (isset($special_titles[$n])) {
            list($title, $note) = $special_titles[$n];
        }
        if ($n === 245) {
            $extra['post_password'] = 'secret';
            $note = 'password-protected: post password "secret"; anonymous readers get content.protected true and empty content';
        }
        if ($n === 244) $note = 'sticky: made sticky with stick_post()';
        if ($n === 250) $note = 'featured-image: featured image with alt text (newest post, first on page 1)';
        if ($n === 25) $note = 'featured-image-no-alt: featured image whose alt text is empty (on page 3)';
        if ($n === 243) {
            // The image block of attachment 294, made later: its id and URL are known in advance, so the post
            // is never updated (an update would set a non-deterministic modified date).
            $content .= "\n<!-- wp:image {\"id\":294} -->\n<figure class=\"wp-block-image\"><img src=\"$img_b_url\" alt=\"\" class=\"wp-image-294\"/></figure>\n<!-- /wp:image -->";
            $note = 'content-image-only: an <img> in the content but featured_media 0';
        }
        add_post($n, array_merge(array(
            'post_type' => 'post',
            'post_status' => 'publish',
            'post_title' => $title,
            'post_name' => sprintf('post-%03d', $n),
            'post_content' => $content,
            'post_date' => day('2023-01-01 09:00:00', $n - 1),
            'post_category' => array($cats[$n % 2]),
            'tags_input' => $n % 10 === 0 ? array('tenth') : array(),
        ), $extra), $note);
    }
    stick_post(244);

    // 30 published pages: Page 01..26 (ids 251..276), then a French section under /fr/ (ids 277..280):
    // the only place where core WordPress declares a language in the REST data is the link's folder.
    for ($n = 1; $n <= 26; $n++) {
        add_post(250 + $n, array(
            'post_type' => 'page', 'post_status' => 'publish',
            'post_title' => sprintf('Page %02d', $n), 'post_name' => sprintf('page-%02d', $n),
            'post_content' => english_paragraph(sprintf('page %02d', $n)),
            'post_date' => day('2022-06-01 12:00:00', $n - 1), 'menu_order' => $n,
        ), $n === 1 ? 'featured-image: a page with a featured image (the same attachment as post 250)' : '');
    }
    $fr = add_post(277, array(
        'post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Français', 'post_name' => 'fr',
        'post_content' => french_paragraph(), 'post_date' => day('2022-07-01 12:00:00', 0), 'menu_order' => 27,
    ), 'fr-section: parent of the /fr/ pages; French title and body');
    add_post(278, array(
        'post_type' => 'page', 'post_status' => 'publish', 'post_parent' => $fr, 'menu_order' => 28,
        'post_title' => 'How to relieve back pain without medication', 'post_name' => 'mal-de-dos',
        'post_content' => french_paragraph(), 'post_date' => day('2022-07-01 12:00:00', 1),
    ), 'untranslated-title: under /fr/, French body, English title');
    add_post(279, array(
        'post_type' => 'page', 'post_status' => 'publish', 'post_parent' => $fr, 'menu_order' => 29,
        'post_title' => 'Soulager le mal de dos sans médicaments', 'post_name' => 'soulager-le-dos',
        'post_content' => english_paragraph('an untranslated copy under the French folder'),
        'post_date' => day('2022-07-01 12:00:00', 2),
    ), 'mixed-locale: under /fr/, French title, English body');
    add_post(280, array(
        'post_type' => 'page', 'post_status' => 'publish', 'post_parent' => $fr, 'menu_order' => 30,
        'post_title' => 'Bien dormir malgré le mal de dos', 'post_name' => 'bien-dormir',
        'post_content' => french_paragraph(), 'post_date' => day('2022-07-01 12:00:00', 3),
    ), 'fr-clean: under /fr/, French title and body (no language defect)');

    // Posts the anonymous API does not list.
    for ($n = 1; $n <= 7; $n++) {
        add_post(280 + $n, array(
            'post_type' => 'post', 'post_status' => 'draft', 'post_title' => "Draft $n", 'post_name' => "draft-$n",
            'post_content' => english_paragraph("draft $n"), 'post_date' => day('2023-10-01 09:00:00', $n - 1),
            'post_category' => array($cats[0]),
        ), $n === 1 ? 'featured-image-draft: a draft with a featured image (attachment 294, no alt text)' : '');
    }
    for ($n = 1; $n <= 3; $n++) {
        add_post(287 + $n, array(
            'post_type' => 'post', 'post_status' => 'pending', 'post_title' => "Pending $n", 'post_name' => "pending-$n",
            'post_content' => english_paragraph("pending post $n"), 'post_date' => day('2023-10-10 09:00:00', $n - 1),
            'post_category' => array($cats[0]),
        ));
    }
    add_post(291, array(
        'post_type' => 'post', 'post_status' => 'private', 'post_title' => 'Private 1', 'post_name' => 'private-1',
        'post_content' => english_paragraph('a private post'), 'post_date' => day('2023-10-15 09:00:00', 0),
        'post_category' => array($cats[0]),
    ));
    add_post(292, array(
        'post_type' => 'post', 'post_status' => 'future', 'post_title' => 'Scheduled 1', 'post_name' => 'scheduled-1',
        'post_content' => english_paragraph('a scheduled post'), 'post_date' => '2099-01-01 09:00:00',
        'post_category' => array($cats[0]),
    ));

    // Two images: 293 (alt text) is the featured image of post 250 and page 251; 294 (no alt text) of
    // post 25 and draft 281, and is the <img> in the content of post 243.
    $a = add_image(293, 'seolint-featured-red', 'Featured image A', array(200, 30, 30), 250, '2023-09-07 09:00:00',
        'A red square on a white frame');
    $b = add_image(294, 'seolint-featured-blue', 'Featured image B', array(30, 60, 200), 25, '2023-01-25 09:00:00', '');
    set_post_thumbnail(250, $a);
    set_post_thumbnail(251, $a);
    set_post_thumbnail(25, $b);
    set_post_thumbnail(281, $b);
    if (wp_get_attachment_url($b) !== $img_b_url) fail("attachment 294 is at " . wp_get_attachment_url($b) . ", not $img_b_url");
    wp_defer_term_counting(false);

    $cred = "WP_USER=seolint\nWP_APP_PASSWORD=$app[0]\nWP_LOGIN_PASSWORD=$login_password\n";
    if (file_put_contents("$out/credentials", $cred) === false) fail("cannot write $out/credentials");
}

// GET a collection through the REST server in this process, every page, as the current user.
function rest_all($route, $params) {
    $items = array();
    $total = null;
    for ($page = 1; ; $page++) {
        $req = new WP_REST_Request('GET', $route);
        $req->set_query_params(array_merge($params, array('per_page' => 100, 'page' => $page)));
        $resp = rest_do_request($req);
        if ($resp->is_error()) fail("GET $route page $page: " . $resp->as_error()->get_error_message());
        $headers = $resp->get_headers();
        $total = (int) $headers['X-WP-Total'];
        $pages = (int) $headers['X-WP-TotalPages'];
        $items[] = $resp->get_data();
        if ($page >= $pages) break;
    }
    return array('total' => $total, 'pages' => $items);
}

function export($out) {
    if ($out === '' || !is_dir($out)) fail('export needs an existing OUT_DIR');
    $user = get_user_by('login', 'seolint');
    if (!$user) fail('no user seolint');
    wp_set_current_user($user->ID);
    $statuses = array('publish', 'future', 'draft', 'pending', 'private');

    $items = array();
    $counts = array();
    foreach (array('post' => '/wp/v2/posts', 'page' => '/wp/v2/pages') as $type => $route) {
        $r = rest_all($route, array('status' => $statuses, 'context' => 'edit', 'orderby' => 'id', 'order' => 'asc'));
        foreach ($r['pages'] as $page) {
            foreach ($page as $p) {
                $item = array(
                    'id' => $p['id'],
                    'type' => $p['type'],
                    'status' => $p['status'],
                    'slug' => $p['slug'],
                    'link' => $p['link'],
                    'date_gmt' => $p['date_gmt'],
                    'title' => $p['title']['raw'],
                    'title_rendered' => $p['title']['rendered'],
                    'featured_media' => $p['featured_media'],
                    'parent' => $p['parent'] ?? 0,
                    'sticky' => $p['sticky'] ?? false,
                    'password_protected' => $p['password'] !== '',
                    'note' => (string) get_post_meta($p['id'], '_seolint_test_note', true),
                );
                $items[] = $item;
                $counts[$type][$p['status']] = ($counts[$type][$p['status']] ?? 0) + 1;
            }
        }
    }
    usort($items, function ($a, $b) { return $a['id'] - $b['id']; });

    $media = array();
    $r = rest_all('/wp/v2/media', array('context' => 'edit', 'orderby' => 'id', 'order' => 'asc'));
    foreach ($r['pages'] as $page) {
        foreach ($page as $m) {
            $media[] = array(
                'id' => $m['id'],
                'type' => $m['type'],
                'status' => $m['status'],
                'slug' => $m['slug'],
                'title' => $m['title']['raw'],
                'source_url' => $m['source_url'],
                'alt_text' => $m['alt_text'],
                'mime_type' => $m['mime_type'],
                'width' => $m['media_details']['width'] ?? null,
                'height' => $m['media_details']['height'] ?? null,
                'parent' => $m['post'],
            );
            $counts['attachment'][$m['status']] = ($counts['attachment'][$m['status']] ?? 0) + 1;
        }
    }

    // What an anonymous client sees with the API's default order (date, newest first), page by page.
    wp_set_current_user(0);
    $anonymous = array();
    foreach (array('posts' => '/wp/v2/posts', 'pages' => '/wp/v2/pages') as $key => $route) {
        $r = rest_all($route, array('_fields' => 'id'));
        $anonymous[$key] = array(
            'x_wp_total' => $r['total'],
            'x_wp_totalpages' => count($r['pages']),
            'ids_by_page' => array_map(function ($page) { return array_column($page, 'id'); }, $r['pages']),
        );
    }

    $properties = array();
    foreach ($items as $item) {
        if ($item['note'] !== '') {
            $properties[strtok($item['note'], ':')][] = $item['id'];
        }
    }

    $doc = array(
        'site' => array(
            'url' => home_url(),
            'name' => get_bloginfo('name'),
            'language' => get_bloginfo('language'),
            'wordpress' => get_bloginfo('version'),
            'permalink_structure' => get_option('permalink_structure'),
            'user' => array('id' => $user->ID, 'login' => 'seolint', 'role' => 'administrator'),
        ),
        'counts' => $counts,
        'anonymous' => $anonymous,
        'properties' => $properties,
        'items' => $items,
        'media' => $media,
    );
    // One line per item, per media and per page of ids: readable, and diffable line by line.
    $enc = function ($v) { return json_encode($v, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE); };
    $parts = array();
    foreach ($doc as $key => $value) {
        $rows = array();
        foreach ($value as $k => $v) {
            $rows[] = '    ' . (array_is_list($value) ? '' : $enc((string) $k) . ': ') . $enc($v);
        }
        $open = array_is_list($value) ? '[' : '{';
        $close = array_is_list($value) ? ']' : '}';
        $parts[] = '  ' . $enc($key) . ": $open\n" . implode(",\n", $rows) . "\n  $close";
    }
    $json = "{\n" . implode(",\n", $parts) . "\n}";
    if (file_put_contents("$out/expected.json", $json . "\n") === false) fail('cannot write expected.json');
}
