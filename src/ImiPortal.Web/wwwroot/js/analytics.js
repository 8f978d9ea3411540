// MyIMI first-party analytics hook. The layout loads this file only after the visitor has accepted analytics
// cookies (or, where the statistics exemption is switched on, unless they objected). It deliberately records
// nothing yet: a future aggregate page counter belongs here, first-party and without any third-party script.
(function () {
  'use strict';
}());
