// The menu folds into one button on a narrow screen (CSS decides where); without scripts it stays open.
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('menu-button');
    var menu = document.getElementById('app-menu');
    if (!button || !menu) {
        return;
    }
    button.hidden = false;
    menu.classList.add('foldable');
    button.addEventListener('click', function () {
        var open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        menu.classList.toggle('open', open);
    });
});
